"""The CLI contract: version, help, one-line errors and exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefer import __version__
from briefer.cli.main import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_bad_usage_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["search"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("briefer: ")
    assert err.count("\n") == 1


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", "--no-such-flag", "x"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_python_m_briefer_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "briefer", "--help"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0
    for command in ("index", "search", "brief", "inspect"):
        assert command in out.stdout


def test_commands_load_no_analysis_pipeline_until_they_analyse() -> None:
    """Every subcommand's module imports fast: the gazetteer and name data load on first use."""
    import subprocess
    import sys

    probe = (
        "import sys, briefer.cli.main, briefer.cli.brief_cmd, briefer.cli.search_cmd, "
        "briefer.cli.index_cmd, briefer.cli.inspect_cmd\n"
        "print('briefer.analysis.pipeline' in sys.modules)\n"
        "from briefer.analysis import analyse\n"
        "print('briefer.analysis.pipeline' in sys.modules, callable(analyse))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True"]
