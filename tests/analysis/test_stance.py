"""Stance rule classes of round 3: each case fails if its rule breaks."""

from __future__ import annotations

import pytest

from briefer.analysis.prefilter import sieve_of
from briefer.analysis.stance import _cue_gates, stance_of
from briefer.analysis.stance_cues import STANCE_CUES


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A bank's name is no import ban; the support it gives decides.
        ("The Export-Import Bank signed a deal to provide support for Omani exporters.", "support"),
        ("Oman imposed an import ban on Qatari dairy.", "threat"),
    ],
)
def test_a_ban_is_a_whole_word(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman warned the army against any violence towards the marchers.", "appeal-restraint"),
        ("Oman warned both sides against further escalation.", "appeal-restraint"),
        ("Oman warned Qatar against the purchase of the missiles.", "criticism"),
    ],
)
def test_a_warning_against_violence_asks_for_restraint(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it did not agree with the decision to expel the envoys.", "criticism"),
        ("Oman said the closure was not consistent with the 1982 convention.", "criticism"),
        ("Oman said the seizure was inconsistent with international law.", "criticism"),
        # (found lawful, the move is endorsed: no criticism)
        ("Oman said the move was consistent with international law.", "support"),
        ("Oman said Qatar was no longer a reliable partner in the Gulf.", "criticism"),
        ("Oman said the programme went beyond any credible civilian justification.", "criticism"),
    ],
)
def test_disagreement_and_a_breach_of_a_rule_criticise(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Two Omani corvettes joined Qatari ships for exercises in the Gulf.", "support"),
        ("Oman said it would go ahead with the transfer of fighter jets to Qatar.", "support"),
        ("Oman resumed deliveries of anti-tank missiles to the army.", "support"),
    ],
)
def test_military_help_to_a_side_supports_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said the opposition candidate had won the most votes.", "support"),
        ("Oman said the deployment was a legitimate response to the riots.", "support"),
        ("Oman said the deployment was an illegitimate response to the riots.", "criticism"),
    ],
)
def test_naming_a_winner_or_a_lawful_deed_endorses_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman told the junta that its aid depended on a return to civilian rule.", "threat"),
        ("Oman said future cooperation was conditional on the release of the sailors.", "threat"),
        ("Oman flew to Doha to ask the emir not to go ahead with the pact.", "criticism"),
        ("Oman asked both sides not to cross the river.", "other"),
    ],
)
def test_conditions_threaten_and_asking_not_to_proceed_criticises(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman set up a fund to invest in Qatari firms hit by the boycott.", "support"),
        ("Oman moved to soften the economic blow.", "support"),
        ("Oman said it would not pay the fund.", "other"),
    ],
)
def test_money_that_makes_up_for_harm_supports(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The alliance said it would send about 3,000 troops after the emir asked for help.",
            "support",
        ),
        ("Oman said the mission had fully achieved its goals.", "support"),
        ("Oman sent 5,000 troops to the border with Yemen.", "other"),
    ],
)
def test_troops_sent_and_a_mission_achieved_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The agency said the plan would have a negligible impact on the sea.", "support"),
        ("Oman said it had found no safety problem with the plan.", "support"),
        ("Oman said the defence treaty extends to attacks on Qatari ships.", "support"),
    ],
)
def test_a_safety_finding_or_a_guarantee_extended_supports(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Prosecutors want the two mayors questioned over the riots.", "other"),
        ("Oman questioned the legality of the blockade.", "criticism"),
    ],
)
def test_a_suspect_questioned_is_not_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Egypt stressed the need for a political solution.", "appeal-dialogue"),
        ("Egypt stressed the importance of restraint.", "appeal-restraint"),
        ("A US official said Washington was pressing both sides to talk.", "appeal-dialogue"),
        ("Belgium voiced support for a negotiated settlement.", "appeal-dialogue"),
        ('"There is no military solution to this conflict," Guterres said.', "appeal-dialogue"),
        (
            "Qatar said it was ready to help the two neighbours settle their dispute.",
            "appeal-dialogue",
        ),
        # backing a side is not backing talks
        ("Belgium voiced support for Armenia.", "support"),
    ],
)
def test_appeals_named_by_need_pressure_or_backing_of_talks(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # shock at a blow told as the speaker's own is sympathy (see test_sympathy_...)
        ("Dutch Prime Minister Dick Schoof said the Netherlands was shocked.", "support"),
        ("Chile said the situation was grave.", "concern"),
        ("Chile called the attack a grave violation of international law.", "criticism"),
        ("Poland's foreign minister wrote that the attack was a war crime.", "criticism"),
        ("Ireland called the strikes shameful and a flagrant breach of the truce.", "criticism"),
        ("Canada recalled its ambassador from Baku for consultations.", "criticism"),
        ("Kenya expelled two diplomats.", "criticism"),
        # recalling a fact is no measure against anyone
        ("Its secretary-general recalled that embassies were inviolable.", "other"),
    ],
)
def test_shock_grave_situations_and_grave_charges(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Iran warned it would not tolerate any change to its border.", "threat"),
        ("Iran warned of a humanitarian crisis.", "concern"),
        ("Fidan said Turkey stood firmly behind Azerbaijan.", "support"),
    ],
)
def test_warning_of_intolerance_threatens_and_standing_behind_supports(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ukraine did not condemn the shelling.", "other"),
        ("India stopped short of criticising the strikes.", "other"),
        # support denied is disapproval
        ("Brazil declined to back the resolution.", "criticism"),
        ("The embassy said it did not support the use of troops.", "criticism"),
        # support denied before an earlier cue's object, and given later: no disapproval (the
        # support found after the earlier cue still counts, though it cannot win)
        (
            "Canada did not support the blockade and urged restraint, and it supports the talks.",
            "appeal-restraint",
        ),
        ("Canada did not support the blockade and urged restraint.", "criticism"),
        ("India stopped short of criticising the strikes but urged restraint.", "appeal-restraint"),
        ("France not only condemned the strikes but recalled its envoy.", "criticism"),
        # a negation inside the cue itself still counts
        ("Peru said it would not recognise the result.", "criticism"),
    ],
)
def test_a_denied_cue_is_no_stance(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ankara sent three planes with rescue workers and tents.", "support"),
        ("The United Arab Emirates and Qatar flew in aid and search teams.", "support"),
        ("France sent a field hospital able to treat 500 patients a day.", "support"),
        ("UNHCR said it was working to register and shelter the arrivals.", "support"),
        ("US jets carried out flight operations with Guyana's defence force.", "support"),
        # troops sent to one's own frontier help no one
        ("Peru sent police and troops to the frontier.", "other"),
    ],
)
def test_relief_delivered_and_joint_operations_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The State Department called for Mr Kaboré's release.", "criticism"),
        ("The G7 called for the immediate release of Roman Protasevich.", "criticism"),
        ("Borrell called for a return to constitutional order.", "criticism"),
        ("He said he hoped Netanyahu would walk away from the plan.", "criticism"),
        # results released are no prisoners freed
        ("Brazil called for the detailed results to be released.", "other"),
    ],
)
def test_asking_to_free_the_detained_or_restore_order_criticises(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("He called on the coup leaders to lay down their weapons.", "appeal-restraint"),
        ('Lula said that "South America does not need war".', "appeal-restraint"),
        ("Nebenzia warned against any threat of force.", "appeal-restraint"),
        ("Pompeo urged them to find a way forward.", "appeal-dialogue"),
        ("Macron said France would ask for an urgent meeting of the Security Council.", "other"),
        (
            "China urged all parties to work through each other's concerns in dialogue.",
            "appeal-dialogue",
        ),
        ("A spokesman said the US was reviewing the impact of events on its assistance.", "threat"),
        ('Griffiths called the flood "a calamity of epic proportions".', "concern"),
    ],
)
def test_appeals_threats_and_worries_in_plainer_words(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Taalas said most of the deaths could have been avoided.",
        'Price said the arrests "show that Ortega is a dictator".',
        'Almagro said the government had "lost all legitimacy".',
        '"This is an attack on democracy," von der Leyen said.',
        'Michel said the bloc would "not tolerate" such attempts.',
        'Morawiecki called it "state terrorism that must not go unpunished".',
        'The G7 said the landing "seriously endangered" the passengers.',
    ],
)
def test_judging_words_criticise(text: str) -> None:
    assert stance_of(text) == "criticism"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States imposed sanctions on two commanders.", "163"),
        ("The Commission threatened sanctions.", "1312"),
        ("The EU suspended budget support to Baku.", "162"),
        ("Canada recalled its ambassador from Baku.", "161"),
        ("France condemned the attack.", "111"),
        ("Britain sent humanitarian aid to the displaced.", "073"),
        ("Kenya will send 1,000 police officers to help.", "074"),
        ("Qatar offered to mediate.", "039"),
        ("Germany offered condolences to the families.", "018"),
        ("Germany said it was in contact with both sides.", "010"),
    ],
)
def test_cameo_codes_name_deeds_done_apart_from_words(text: str, code: str) -> None:
    from briefer.analysis.stance import cameo_of

    assert cameo_of(stance_of(text), text) == code


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Latvia demanded that Azerbaijan withdraw its troops.", "criticism"),
        ("Latvia urged both sides to withdraw their troops.", "appeal-restraint"),
        ("Iran cautioned against foreign interference in the region.", "criticism"),
        ("Iran cautioned against any escalation.", "appeal-restraint"),
        ("Russia, Belarus's closest ally, rejected the criticism.", "support"),
        ("Russia rejected accusations that it had supplied the drones.", "other"),
        ("Italy lamented the loss of life.", "concern"),
        ("Sweden issued a travel warning for the border region.", "other"),
        ("Poland offered its good offices.", "appeal-dialogue"),
        ("Turkey cheered the Azerbaijani advance.", "support"),
    ],
)
def test_demands_cautions_dismissals_and_plainer_verbs(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_relief_carried_supports() -> None:
    text = "Air bridges from Kuwait and Qatar carry field hospitals and medicine to Beirut."
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Beijing has been the most vocal critic.", "criticism"),
        ("He called the post a new low in a campaign of disinformation.", "criticism"),
        ('Raab said the law was "a plain and grave breach" of the declaration.', "criticism"),
        ("Taiwan said Beijing could not be trusted to keep its word.", "criticism"),
        ("Borrell said the bloc had not been consulted about the pact.", "criticism"),
        ("HRW called it a serious attack on democratic institutions.", "criticism"),
        ("He said the burning was disrespectful and hurtful.", "criticism"),
        ("Condé demanded that the army return to its barracks.", "criticism"),
        ("Bachelet called for prompt, independent and transparent investigations.", "criticism"),
        ("Ismail Sabri said AUKUS could spark a nuclear arms race.", "concern"),
        ("The strongest reaction came from London.", "other"),
        ("Borrell promised the strongest possible response.", "threat"),
        ("Washington ended exports of defence equipment to the city.", "threat"),
        ("OIC ministers urged measures against countries that allow it.", "threat"),
        ("Erdogan said Stockholm could not expect support while the burnings went on.", "threat"),
        ("Morrison said Canberra would offer safe haven to residents.", "support"),
        ("Erdogan offered the use of the port of Mersin.", "support"),
        ("The Commission said it had mobilised €33 million.", "support"),
        (
            "The OIC said it rejects any interference in the internal affairs of the Kingdom.",
            "support",
        ),
        ("Zuma said he was sending two ministers to Harare to meet Mugabe.", "appeal-dialogue"),
    ],
)
def test_judgements_measures_and_help_in_news_words(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("As the fighting spread, Turkey sent drones to Baku.", "support"),
        ("Separately, the World Bank froze its loans to Baku.", "threat"),
    ],
)
def test_arms_sent_to_a_side_and_loans_frozen(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_the_words_of_a_blocked_text_are_not_the_blockers_stance() -> None:
    assert stance_of("Hungary vetoed an EU statement condemning the crackdown.") == "other"
    assert stance_of("China blocked a resolution that would have imposed sanctions.") == "other"
    # a text adopted keeps its words' stance, and so does a blocker's own judgement
    assert stance_of("The council approved a resolution that condemned the arrests.") == "criticism"
    assert stance_of("Hungary blocked the statement and condemned its authors.") == "criticism"


@pytest.mark.parametrize(
    "text",
    [
        "He also called for the release of everyone detained.",
        "She urged the government to free all those held for exercising their rights.",
        "The authorities should immediately release everyone detained for protesting.",
    ],
)
def test_asking_that_everyone_detained_be_freed_criticises(text: str) -> None:
    # the gold conventions: demanding the release of detainees is criticism (CAMEO 1053)
    assert stance_of(text) == "criticism"


def test_a_prisoner_exchange_asked_of_both_sides_is_no_criticism() -> None:
    assert stance_of("The UN urged both sides to release prisoners of war.") != "criticism"


def test_resolving_the_dispute_by_agreement_asks_for_dialogue() -> None:
    a = "The bloc called on all parties to resolve the political impasse amicably."
    b = "She said both countries needed to resolve the matter together."
    assert stance_of(a) == "appeal-dialogue"
    assert stance_of(b) == "appeal-dialogue"


def test_asking_a_party_to_reconsider_its_act_criticises() -> None:
    text = "Twenty-seven countries urged Beijing to reconsider the law."
    assert stance_of(text) == "criticism"


def test_envoys_sent_a_long_way_round_to_meet_the_sides_ask_for_talks() -> None:
    text = (
        "Zuma said he was sending his defence minister, Jane Doe, and his state security "
        "minister, John Roe, to Harare to meet the president and the army."
    )
    assert stance_of(text) == "appeal-dialogue"


@pytest.mark.parametrize(
    "text",
    [
        "The UN launched an appeal for $40 million to help the flood victims.",
        "The president said his country's doors were open to anyone fleeing the fighting.",
        "The FBI will take part in the investigation at the government's invitation.",
        "Paris has sent several tonnes of medical equipment.",
    ],
)
def test_help_for_the_victims_supports(text: str) -> None:
    # the gold conventions: humanitarian aid sent or offered, hosting refugees (CAMEO 07x)
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the row could affect negotiations on a free trade agreement.",
        "A senator wrote that Washington should consider the events before approving any "
        "further security assistance.",
    ],
)
def test_the_speakers_own_dealings_put_in_doubt_threaten(text: str) -> None:
    assert stance_of(text) == "threat"


def test_a_danger_to_trade_told_as_fact_is_no_threat() -> None:
    assert stance_of("Analysts said the floods hurt trade in the region.") != "threat"


def test_withdrawing_ambassadors_criticises_as_recalling_them_does() -> None:
    from briefer.analysis.stance import cameo_of

    text = "Ecuador and Peru withdrew their ambassadors from Caracas."
    assert stance_of(text) == "criticism"
    assert cameo_of("criticism", text) == "161"


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned foreign powers not to interfere.",
        "The minister said Moscow would not accept outside attempts to destabilise the country.",
    ],
)
def test_warning_outsiders_off_a_side_defends_it(text: str) -> None:
    assert stance_of(text) == "support"


def test_condemning_a_named_partys_attempts_stays_criticism() -> None:
    assert stance_of("The EU condemned Russia's attempts to destabilise Moldova.") == "criticism"


def test_talks_told_as_held_are_a_fact_not_an_appeal() -> None:
    assert stance_of("He said experts had held several rounds of technical talks.") == "other"
    assert stance_of("The EU held a conference, formally opening accession negotiations.") == (
        "other"
    )
    # asking for them still asks for dialogue
    assert stance_of("China urged both sides to hold talks.") == "appeal-dialogue"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # those involved, not a worry: the diplomatic "parties concerned", "all concerned"
        ("Beijing hoped the parties concerned would resolve their differences.", "appeal-dialogue"),
        ("China urged all concerned to exercise restraint.", "appeal-restraint"),
        ("The US would act alone where sensitive technology was concerned.", "other"),
        ("As far as Ankara is concerned, the matter is closed.", "other"),
        # the feeling itself still counts
        ("Japan said it was deeply concerned.", "concern"),
        ("The countries concerned about the fighting met in Geneva.", "concern"),
    ],
)
def test_concerned_names_a_worry_only_as_a_feeling(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany followed suit, halting development payments.", "162"),
        ("The World Bank paused disbursements to Niger.", "162"),
        ("Canada said it was suspending the export of military equipment to Azerbaijan.", "163"),
        ("Washington ended exports of defence equipment to the city.", "163"),
        ("Britain suspended the operating permit of the state carrier.", "130"),
    ],
)
def test_money_trade_and_licences_held_back_threaten(text: str, code: str) -> None:
    from briefer.analysis.stance import cameo_of

    assert stance_of(text) == "threat"
    assert cameo_of("threat", text) == code


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a demand that a person be freed criticises, as the gold conventions settle
        ("Spain and Italy joined the calls for Bazoum to be freed.", "criticism"),
        ("The EU demanded that the journalists be released immediately.", "criticism"),
        # results released are not people freed
        ("Brazil called for the detailed results to be released.", "other"),
        # backing told by idiom
        ("Turkey has thrown its weight behind Azerbaijan.", "support"),
        ("Gulf states rallied behind Riyadh.", "support"),
    ],
)
def test_release_demands_and_backing_told_by_idiom(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "The United States has not imposed any sanctions, but said it was monitoring events.",
        "Brussels has not yet imposed sanctions.",
        "Paris did not send new warships and did not issue a protest.",
    ],
)
def test_a_deed_denied_is_no_stance_of_it(text: str) -> None:
    assert stance_of(text) == "other"
    # the deed done keeps its stance
    assert stance_of(text.replace("has not imposed any", "imposed")) in ("other", "threat")
    assert stance_of("The EU imposed sanctions on three generals.") == "threat"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # help given: relief workers, help provided, money announced (CAMEO 07x)
        ("Israel, Ukraine and Azerbaijan were also sending rescuers.", "support"),
        ("The US said it would provide help to Syrians through its partners.", "support"),
        ("Blinken announced a further $100 million for both countries.", "support"),
        ("The UN launched a flash appeal of $397 million for Syria.", "support"),
        ("Its soldiers were helping to clear rubble.", "support"),
        # a deed judged
        ("The US said the electoral process had been deeply flawed.", "criticism"),
        ("He said it would be counterproductive to reach out to the government.", "criticism"),
        ("Trudeau said the account lacked consistency and credibility.", "criticism"),
        ("Ottawa had no plans to recognise a Taliban government.", "criticism"),
        ("Johnson said no country should recognise the new government prematurely.", "criticism"),
        ("Amnesty said it had documented torture by the police.", "criticism"),
        # measures held out or asked for
        ("Merkel said there could be no arms exports to Saudi Arabia for now.", "threat"),
        ("MPs called for EU funds to Serbia to be frozen.", "threat"),
        ("Erdogan warned that Turkey could close its border.", "threat"),
    ],
)
def test_help_given_deeds_judged_and_measures_held_out(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_a_danger_warned_of_is_still_a_worry() -> None:
    assert stance_of("The UN warned that the fighting could spread.") == "concern"


def test_blame_laid_and_the_blocs_envoy_recalled_criticise() -> None:
    from briefer.analysis.stance import cameo_of

    text = "EU leaders agreed that Russia was responsible and recalled the bloc's ambassador."
    assert stance_of(text) == "criticism"
    assert cameo_of("criticism", "The EU recalled the bloc's ambassador.") == "161"
    # a duty is no blame
    assert stance_of("He said the army was responsible for protecting civilians.") == "other"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # another's concerns acknowledged are not the speaker's worry
        (
            'Stoltenberg said Turkey had "legitimate security concerns" but urged restraint.',
            "appeal-restraint",
        ),
        ("Russia said Turkey's concerns were legitimate but urged dialogue.", "appeal-dialogue"),
        ("The Kremlin said it understood Serbia's concerns.", "support"),
        ("Japan voiced its concerns.", "concern"),
        # another's findings endorsed
        ("Macron's office said France agreed with Britain's conclusions.", "support"),
        ("They said they shared Britain's assessment of the attack.", "support"),
    ],
)
def test_anothers_concerns_acknowledged_and_findings_endorsed(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_asking_a_party_to_cease_asks_for_restraint() -> None:
    text = "The five states issued a statement calling on Turkey to cease the military action."
    assert stance_of(text) == "appeal-restraint"


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called Erdogan to offer condolences.",
        "New Zealand expressed its sympathy to the Chilean people.",
        "Greece was among the first to send help.",
    ],
)
def test_sympathy_and_help_sent_support(text: str) -> None:
    from briefer.analysis.stance import cameo_of

    assert stance_of(text) == "support"
    if "condolences" in text or "sympathy" in text:
        assert cameo_of("support", text) == "018"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # rows of the gold conventions' table of acts (tests/gold/README.md)
        ("France asked for an urgent Council meeting.", "other"),
        ("Norway urged the two sides to meet.", "appeal-dialogue"),
        ("Turkey hosts more than three million refugees from the conflict.", "support"),
        ("Berlin called for the journalists' immediate release.", "criticism"),
        ("Moscow dismissed the charges against its ally.", "support"),
    ],
)
def test_the_conventions_table_of_acts(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_a_members_participation_suspended_threatens() -> None:
    text = "The AU council suspended the country's participation in all its activities."
    assert stance_of(text) == "threat"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # measures for one's own safety, not judgements (the conventions' table: other)
        (
            "Lithuania told its airports not to accept flights that had passed over Belarus.",
            "other",
        ),
        (
            "Brazil said it had reinforced its military presence in the northern state of Roraima.",
            "other",
        ),
        # a question put is no judgement
        (
            "The council agreed to open an investigation into whether Belarus breached the law.",
            "other",
        ),
        # help for those who flee
        (
            "Warsaw offered to host an opposition office and to ease visas for those fleeing.",
            "support",
        ),
        # still as before
        ("Norway offered to host the talks.", "appeal-dialogue"),
        ("Russia said it would not accept the result.", "criticism"),
        ("France reinforced its naval presence in the eastern Mediterranean.", "support"),
    ],
)
def test_own_safety_questions_and_help_for_those_fleeing(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The US called on the authorities to protect the rights of peaceful protesters.", "other"),
        (
            "He repeated calls for the authorities to respect the right to peaceful protest.",
            "other",
        ),
        ("The UN urged the army to protect civilians.", "appeal-restraint"),
        ("Japan urged both sides to keep the peace.", "appeal-restraint"),
    ],
)
def test_the_rights_of_peaceful_protesters_are_no_appeal_for_restraint(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Canada issued a travel advisory warning against all travel to the country.", "other"),
        ("Britain warned its citizens against travel to the region.", "other"),
        ("Washington warned Ankara against the purchase.", "criticism"),
        ("The UN warned of famine.", "concern"),
    ],
)
def test_a_travel_warning_is_for_ones_own_citizens(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The EU said the election had been marred by irregularities.", "criticism"),
        ("France called the arrests arbitrary.", "criticism"),
        ("Germany called the sentence unjust.", "criticism"),
        ("Moscow recognised the result.", "support"),
        ("Washington said it would not recognise the result.", "criticism"),
        ("Ankara vowed to respond to any attack.", "threat"),
        ("Canada said the situation remained volatile.", "concern"),
    ],
)
def test_judgements_recognition_vows_and_a_fragile_situation(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Washington said it was considering further measures.", "threat"),
        ("Brussels said it stood ready to use all tools at its disposal.", "threat"),
        ("Washington said it would impose costs on Moscow.", "threat"),
        ("The US reiterated its ironclad commitment to the Philippines.", "support"),
        ("Beijing lodged stern representations with Tokyo.", "criticism"),
        # accountability asked of those responsible is no threat of the speaker's: it judges
        # the deed (see `_ACCOUNT_DEMANDED`)
        ("He said those responsible for violence must be held to account.", "criticism"),
    ],
)
def test_measures_weighed_commitments_and_representations(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # relations cut down are criticism (CAMEO 161), as recalls and expulsions are
        ("Niger broke off diplomatic relations with Ukraine on Tuesday.", "criticism"),
        ("Romania declared a Russian embassy official persona non grata.", "criticism"),
        ("Latvia and Estonia were among the members to announce expulsions.", "criticism"),
        # a show of force near a side is a threat; drills held with a side back it
        ("Iran held military drills near the frontier.", "threat"),
        ("Seoul and Washington carried out precision bombing drills on a target range.", "threat"),
        ("Russia held naval exercises with Belarus.", "support"),
        # help in a side's defence, and cooperation offered, support it
        ("The United States helped Israel take down nearly all of the drones.", "support"),
        ("French aircraft helped intercept drones over Jordan.", "support"),
        ("Colombia would cooperate fully with the investigation.", "support"),
    ],
)
def test_relations_cut_shows_of_force_and_help_in_defence(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a deed that dismays the speaker is judged; a famine that horrifies it is a worry
        ("Washington said it was deeply disappointed that the vote went ahead.", "criticism"),
        ("The bloc said it was appalled by the killing.", "criticism"),
        ("The envoy said Washington was horrified by the famine.", "concern"),
        ("The Commission said the rules did not comply with the agreement.", "criticism"),
        ("The Commission said the rules had been set without prior notice.", "criticism"),
        # a deed found lawful, or a crucial step, is endorsed; one asked to be lawful is not
        ("The Pentagon said the operation was consistent with American policy.", "support"),
        ("A spokesman said international law allowed such operations.", "support"),
        ("Türk said the transition had to be carried out in line with its obligations.", "other"),
        ("Human Rights Watch called the arrest a crucial step for accountability.", "support"),
        ('"We cannot leave Mozambique alone at this moment," the minister said.', "support"),
    ],
)
def test_dismay_at_a_deed_criticises_and_a_deed_found_lawful_is_endorsed(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Canada announced $5 million and Australia $2 million.", "support"),
        ("Washington announced $5 million in sanctions on the generals.", "threat"),
    ],
)
def test_a_sum_given_supports_whatever_follows_it_but_a_penalty(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # relief teams sent, offered or arriving are help given (CAMEO 073)
        ("China says a 62-member search-and-rescue team has landed in Kathmandu.", "support"),
        ("A Saudi aid plane landed in Aleppo on 14 February.", "support"),
        ("Washington is sending a disaster assistance response team.", "support"),
        ("Xi Jinping sent a message of condolence to the president.", "support"),
        # aid workers named in an appeal, or a team sent to investigate, are no help given
        ("The agency calls on all sides to allow aid workers safe access.", "other"),
        ("The rights office has sent a team to investigate the abuses.", "other"),
    ],
)
def test_relief_teams_sent_or_arriving_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the README's act classes: talks hosted or the sides brought together ask for talks
        ("Qatar hosted a round of talks between the two governments.", "appeal-dialogue"),
        ("The AU brought the two delegations to Addis Ababa.", "appeal-dialogue"),
        # doors opened to those fleeing support them
        ("Jordan opened its border to those fleeing the fighting.", "support"),
        # talks told as held by the sides stay a fact
        ("The two governments held several rounds of talks.", "other"),
    ],
)
def test_talks_hosted_and_a_border_opened_to_refugees(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('Bishop told the council: "This was a despicable act."', "criticism"),
        (
            "Cameron said the murders were sickening and that Britain stood with France.",
            "criticism",
        ),
    ],
)
def test_words_of_contempt_for_a_deed_criticise(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('Rutte said Putin had "a final chance" to show he was willing to help.', "threat"),
        ("Iran warned that an attack would set the region on fire.", "threat"),
        # a danger described, no attack named, stays a worry
        ("Egypt warned of the risk of the conflict spreading.", "concern"),
    ],
)
def test_an_ultimatum_and_a_warning_of_what_an_attack_would_bring_threaten(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


def test_worrisome_is_a_worry() -> None:
    assert stance_of('"It is very worrisome about the state of Haiti," he said.') == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "Norway released $20 million in emergency funding for the flood victims.",
        "Canada increased its contribution to $12 million.",
        "The agency and the government launched a joint flash appeal for $80 million.",
    ],
)
def test_money_released_or_raised_for_relief_is_support(text: str) -> None:
    assert stance_of(text) == "support"


def test_prisoners_released_are_no_aid() -> None:
    assert stance_of("The army released 20 prisoners on Friday.") != "support"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # grief shared and its signs are sympathy, support (the gold's condolences row)
        ("The secretary-general said he was deeply saddened by the loss of life.", "support"),
        ("Ruritania's president wrote that his people shared Aldria's grief.", "support"),
        ("The premier said her thoughts were with the families of the miners.", "support"),
        ("Freedonia flew its flags at half-mast on Monday.", "support"),
        ("The assembly observed a minute's silence for the dead.", "support"),
        ("The king said he would attend the funeral in the capital.", "support"),
        ("The chancellor said her country stood beside the people of Aldria.", "support"),
        ("The alliance said its members stood united with Aldria.", "support"),
        ("The bishop said he was praying for the victims of the flood.", "support"),
        # a worry before the grief still decides, and a cue that only looks alike is none
        ("Oslo voiced concern and said it was saddened by the violence.", "concern"),
        (
            "Geneva said the figures were shocking and called them a breach of the truce.",
            "criticism",
        ),
    ],
)
def test_sympathy_in_grief_is_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Freedonia recognised both states on Friday.", "support"),
        (
            "The republic said it would recognise Aldria and establish diplomatic relations.",
            "support",
        ),
        ("Ruritania recognises the new republic as a sovereign state.", "support"),
        # recognition refused is criticism; a choice still open, or a fact granted, is neither
        ("Ruritania said it would not recognise the new republic.", "criticism"),
        ("The bloc's leaders will meet to decide whether to recognise Aldria.", "other"),
        ("The envoy recognised that the islanders needed more security.", "other"),
    ],
)
def test_a_state_recognised_is_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The chairman called the vote a triumph for the people of Aldria.", "support"),
        ("The secretary-general called the accord a historic success.", "support"),
        ("Freedonia sent structural engineers and water pumps to the port.", "support"),
        ("Ruritania offered a civil defence team and two transport planes.", "support"),
        ("Rescue teams from five countries were working in the town by dawn.", "support"),
        ("The minister said her country would do everything it could to help.", "support"),
        ("The fund agreed to lend Aldria 4 billion euros.", "support"),
        ("Freedonia added a credit line of about $2 billion.", "support"),
        ("The bank said it would help coordinate donors.", "support"),
        ("Oslo said it would step up cooperation with Aldria against smuggling.", "support"),
        ("The republic opened camps for the refugees along its northern road.", "support"),
        ("The council approved a new peacekeeping mission with 5,000 troops.", "support"),
        ("The premier called the late king a great friend of Freedonia.", "support"),
        # a team sent to look into a deed is no help; help towards talks asks for talks
        ("The rights office said it was sending a team to gather information.", "other"),
        ("They offered to help the two sides find a negotiated way out.", "appeal-dialogue"),
        # a mission only named does nothing
        ("The peacekeeping mission said it was following the situation.", "other"),
    ],
)
def test_help_money_and_praise_given_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a deed regretted is judged; a loss of life regretted is a worry
        ("The bloc said it regretted the closure of the border.", "criticism"),
        ("The envoy said the outcome was very regrettable.", "criticism"),
        ("The council said it regretted the loss of life.", "concern"),
        ("Freedonia demanded that Ruritania explain why the ship was seized.", "criticism"),
        ("The minister said it had asked Aldria for a full explanation.", "criticism"),
        ("The ministers said force had been used without justification.", "criticism"),
        ("The president said the invasion was a grave mistake.", "criticism"),
        ("The statement called the raid an act of banditry.", "criticism"),
        ("The spokesman said nothing could justify an attack on a hospital.", "criticism"),
        ("The council stressed the need to bring the perpetrators to justice.", "criticism"),
        ("Freedonia downgraded its relations with Ruritania.", "criticism"),
    ],
)
def test_deeds_judged_and_explanations_demanded_are_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Five countries announced bans on Ruritanian flights for a month.", "threat"),
        ("Freedonia suspended the state carrier's landing rights.", "threat"),
        ("The bank postponed consideration of new loans to Aldria.", "threat"),
        ("The ministers were asked to consider a similar freeze.", "threat"),
        # a ban for safety names no side
        ("The aviation agency barred the jet from European airspace.", "other"),
        ("The foreign minister passed messages between the two sides.", "appeal-dialogue"),
        ("The league said its secretary-general would travel to both capitals.", "appeal-dialogue"),
        ("The minister brokered the deal that ended the standoff.", "appeal-dialogue"),
    ],
)
def test_measures_taken_threaten_and_go_betweens_ask_for_talks(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_every_cue_that_matches_is_tried() -> None:
    # stance_of tries only the cues whose gate admits the sentence's literals: a cue
    # left out where it matches would lose its stance. Every parametrised sentence of this
    # module, each cue's pattern run on its own.
    texts = [
        str(value)
        for mark in _parametrised_marks()
        for row in mark.args[1]
        for value in (row if isinstance(row, tuple) else (row,))
    ]
    assert len(texts) > 50
    checked = 0
    for text in texts:
        present = sieve_of(text).literal_mask()
        for g, (_stance, pattern) in zip(_cue_gates(), STANCE_CUES, strict=True):
            if pattern.search(text) is not None:
                checked += 1
                assert g.admits(present), (pattern.pattern[:60], text)
    assert checked > 50


def _parametrised_marks() -> list[pytest.Mark]:
    return [
        mark
        for value in globals().values()
        if callable(value)
        for mark in getattr(value, "pytestmark", [])
        if mark.name == "parametrize"
    ]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Navy divers were helping to clear the harbour's channels.", "support"),
        ("Its soldiers had helped move the wounded to safety.", "support"),
        ("The minister said he was confident Aldria would keep its course.", "support"),
        # confidence lost is no trust voiced
        ("The envoy said the rebels had lost the confidence of the villages.", "criticism"),
    ],
)
def test_help_on_the_ground_and_trust_voiced_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_contact_with_both_capitals_is_no_go_between() -> None:
    # the acts table: "in contact with both sides" is other; travelling to both is mediation
    assert stance_of("Oslo said it remained in close contact with both capitals.") == "other"
    assert stance_of("The envoy will travel to both capitals next week.") == "appeal-dialogue"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman has offered two warships for the naval blockade.", "support"),
        ("Kuwait and Bahrain have also committed jets.", "support"),
        ("Oman said it would dispatch up to 500 troops along with planes.", "support"),
        ("Oman offered to station air-defence batteries in Qatar.", "support"),
        ("The agency was distributing high-energy biscuits in the worst-hit villages.", "support"),
        # forces for one's own border or people, or refused, help no side
        ("Oman sent extra troops to its border to stop any influx.", "other"),
        ("Oman sent two aircraft to bring its nationals home.", "other"),
        ("Oman said it would not send forces to the region.", "other"),
        ("Oman said it had refused a request to send troops.", "other"),
    ],
)
def test_forces_and_relief_put_at_a_sides_service_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it was pleased.", "support"),
        ("The minister said the whole country was proud of the divers.", "support"),
        ("The president paid tribute to the rescuers.", "support"),
        ("Oman and Kuwait said they would comply with the court.", "support"),
        ("Oman said it would abide by the rulings of international courts.", "support"),
    ],
)
def test_gladness_pride_and_a_ruling_honoured_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("State radio called the accord a betrayal of the cause.", "criticism"),
        ("The president called the general a war criminal.", "criticism"),
        ("The minister called the arrest very depressing.", "criticism"),
        ("The White House called the idea out of the question.", "criticism"),
        ("Oman reacted with fury.", "criticism"),
        ("Muscat was scornful.", "criticism"),
        ("Muscat made it plain that it disapproved of the raid.", "criticism"),
        ("Oman had objected to going ahead while the police used force.", "criticism"),
        ("The minister said arming the militia would be wrong.", "criticism"),
        ("Oman cannot accept the bombing of a brother people.", "criticism"),
        # a court named, a remark mocked by others, what went wrong: no disapproval voiced
        ("The International Criminal Court opened an examination.", "other"),
        ("He compared it to an accident, a remark that was mocked in the press.", "other"),
        ("Oman said an inquiry would find what had gone wrong.", "other"),
    ],
)
def test_disapproval_without_a_verb_of_condemning_is_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Amnesty urged Oman to stop it.", "criticism"),
        ("The envoy urged Muscat to halt the executions.", "criticism"),
        ("The bloc called on Oman to end the occupation it has kept since 1967.", "criticism"),
        ("The group urged the government to lift them at once.", "criticism"),
        ("Kuwait said the strikes should cease at once.", "criticism"),
        # fighting to stop, or an appeal to all, asks for restraint
        ("The Council called on the rebels to halt their advance.", "appeal-restraint"),
        ("The envoy urged both sides to stop the fighting.", "appeal-restraint"),
        ("The union urged member states to lift such bans.", "appeal-restraint"),
    ],
)
def test_one_party_told_to_stop_what_it_does_is_criticised(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait has kept its border open to those fleeing.", "support"),
        ("Oman opened its airports to the diverted flights.", "support"),
        ("Officials said the crossing would be opened to let the wounded through.", "support"),
        ("The hospitals of Muscat have taken in dozens of wounded.", "support"),
        ("Oman said its hospitals were ready to receive injured Qataris.", "support"),
        ("The president offered the ousted leader asylum in July.", "support"),
        ("Officials said the refugees were being housed by families.", "support"),
        # a door shut is no refuge
        ("Oman said it could take in no more refugees.", "other"),
    ],
)
def test_refuge_and_a_way_in_kept_open_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The president called the king a martyr for peace.", "support"),
        ("The prime minister called him a man of immense courage.", "support"),
        ('"The world is poorer tonight," a spokesman said.', "support"),
        ("The president said his death was a loss to all small nations.", "support"),
        ("The prime minister said he would miss their conversations.", "support"),
        ("The president saluted the explorer as a pioneer.", "support"),
        ("The emir attended, his first trip to Muscat.", "support"),
        ("The king said he would attend the funeral.", "support"),
        # a pledge honoured, a hearing attended: no tribute
        ("Oman said it would honour its obligations under the treaty.", "other"),
        ("Officials had attended every hearing.", "other"),
        ("Oman said it would not attend the funeral.", "criticism"),
    ],
)
def test_the_dead_honoured_and_a_rite_attended_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Muscat rejected the accusation.", "other"),
        ("The ministry rejected as baseless reports that the militants trained in Oman.", "other"),
        ("Muscat dismissed claims by a senator that it controlled the port.", "other"),
        # a named accuser's claims dismissed judge the accuser; charges against an ally defend it
        ("Oman dismissed Kuwait's claims about its courts.", "criticism"),
        ("Moscow dismissed the charges against its ally.", "support"),
    ],
)
def test_a_charge_denied_is_no_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Oman had flown some 500,000 rations to the city.",
        "An Omani C-130 loaded with medical supplies landed in the capital.",
        "The Red Crescent has begun taking medicines to villages cut off by the fighting.",
        "Omani aircraft have made repeated drops of water and ready meals.",
        "The agency said it had delivered intravenous fluids to hospitals.",
    ],
)
def test_relief_carried_in_is_support(text: str) -> None:
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said she was devastated by what she had seen.",
        "The admiral said he was stunned by the reach of the pirates.",
        "Oman received the news with deep consternation.",
        "The minister said the situation was very serious.",
        '"We are now facing the worst cholera outbreak in the world," the statement said.',
        "The agency said children were at risk of death over the winter.",
        "The ambassador said Muscat saw great risks in military action.",
        "The agency said famine conditions were spreading.",
        "The Red Cross said hospitals were running out of blood.",
    ],
)
def test_a_plight_told_in_words_of_its_gravity_is_concern(text: str) -> None:
    assert stance_of(text) == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "The commissioner called on the leaders to listen to them and to work together on reforms.",
        '"We have asked Oman and Kuwait to act on our advice and to keep working together."',
        "The envoy flew to Muscat a dozen times to keep the parties talking.",
        "The prime minister said Europe needed Oman and Kuwait to talk to each other.",
        "Rome was working with its partners to bring them back to the table.",
        "Officials said its intelligence had kept channels open between the two sides.",
        "Moscow has said it favours an international conference with all parties.",
    ],
)
def test_talks_kept_going_are_an_appeal_to_talk(text: str) -> None:
    assert stance_of(text) == "appeal-dialogue"


@pytest.mark.parametrize(
    "text",
    [
        "Washington suspended about $2.5 million in military aid.",
        "Berne froze any funds that the ousted leader may hold in its banks.",
        "Denmark had already frozen two development projects run with the government.",
        "Berlin suspended some 35 million euros for forest projects.",
        "Washington said it would suspend all high-level exchanges with Muscat.",
        "Berlin suspended visa-free entry for Omani officials.",
    ],
)
def test_money_and_ties_held_back_threaten(text: str) -> None:
    assert stance_of(text) == "threat"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "A statement said the Omani leaders bore full responsibility for the consequences.",
            "criticism",
        ),
        ("Kuwait said the responsibility lay with the Omani leadership.", "criticism"),
        ("Muscat said it expected an apology and compensation for the family.", "criticism"),
        ("The minister said the explanations were not good enough.", "criticism"),
        ("The envoy said the captain should step aside.", "criticism"),
        ("The war was being waged in defiance of international law, he said.", "criticism"),
        ("The bank said the law was at odds with its values.", "criticism"),
        ("Muscat said the formula would never be accepted.", "criticism"),
        ("Oman said it had never accepted the findings of the trial.", "criticism"),
        ('"We are not in favour of this war," the chancellor said.', "criticism"),
        ("The Commonwealth also withdrew its observers.", "criticism"),
        ("Kuwait went furthest, asking Oman's ambassador to leave the country.", "criticism"),
        ("The prime minister said he had not been told in advance.", "criticism"),
        ('"The agency should have been told," a spokeswoman said.', "criticism"),
        ("The prime minister asked the president for an urgent explanation.", "criticism"),
        ("The ministers demanded the release of the 15 Omani sailors held by Kuwait.", "criticism"),
        ("Muscat urged the rebels to free all the hostages at once.", "criticism"),
        # the blame laid on the attackers sides with their victims
        ("The president said the terrorists bore the responsibility.", "other"),
    ],
)
def test_blame_laid_and_amends_demanded_are_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Muscat said it was providing consular assistance to the citizens detained.", "other"),
        ("The Foreign Office said it was sending a team of consular staff to Muscat.", "other"),
        ("The central bank raised its rate to defend the peso.", "other"),
        (
            "The central bank said it would spend reserves to defend the krona's link to the ecu.",
            "other",
        ),
        ('"We were accused of taking too long," he said.', "other"),
        ("The president had come under criticism for letting the games go ahead.", "other"),
        ("Oman and Kuwait have made no move to withdraw their envoys.", "other"),
        # an agent named criticises; a side defended is backed
        ("The coup was condemned by Oman.", "criticism"),
        ("Kuwait said Oman had the right to defend its territory.", "support"),
    ],
)
def test_own_citizens_own_currency_and_blame_borne_take_no_side(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait came to Oman's defence.",
        'The president says his country will be "at Oman\'s side for as long as needed".',
        'Beijing said it stood "firmly on the side of the Omani people".',
        'The prime minister told the sultan that Britain stood "unequivocally" with Oman.',
        "The leaders said they stood together against any attempt to damage the cables.",
        '"The Gulf family will not leave Oman to face this alone," the secretary-general said.',
        "The secretary-general said the organisation would do everything it could for the victims.",
        "The prime minister said his thoughts and prayers were with the president.",
        "The chancellor said Germany shared the pain of the Omani people.",
    ],
)
def test_a_side_stood_by_in_its_trial_is_support(text: str) -> None:
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The minister said she was horrified by the reports and urged restraint.", "criticism"),
        ("The director-general said he was horrified and called on the army to halt.", "criticism"),
        # horror at a disaster is a worry
        ("The agencies said they were horrified by the scale of the disaster.", "concern"),
    ],
)
def test_horror_at_a_deed_judges_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Agents were flying to Muscat on Monday to assist Omani police.", "support"),
        ("NATO agreed to help coordinate the transport of supplies by air.", "support"),
        ("Kuwait offered investigators to help find those responsible.", "support"),
        ("Kuwait has offered to advise Muscat on building its institutions.", "support"),
        ("Kuwait said it would help train the new civil service.", "support"),
    ],
)
def test_skills_lent_to_the_struck_side_are_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire arranged by the League took effect on July 20.",
        "The agreement was brokered by the Union and by Kuwait.",
        "Three ministers flew to Muscat to try to broker a ceasefire.",
        "A mission led by the emir flew to Muscat to arrange a truce.",
        "Kuwait's diplomats pressed on with a ceasefire plan.",
        "The president telephoned both leaders on Friday evening.",
        "The secretary-general appointed a former minister as his personal envoy.",
        "The minister travelled to both cities carrying messages between the two capitals.",
    ],
)
def test_mediation_told_as_a_deed_is_an_appeal_to_talk(text: str) -> None:
    assert stance_of(text) == "appeal-dialogue"


@pytest.mark.parametrize(
    "text",
    [
        "The agency launched an appeal on Tuesday for $301 million to help the victims.",
        "The two banks each committed one billion dollars or more for reconstruction.",
        "The central bank injected 2.5 trillion yen into the money markets.",
        "Kuwait said it would give 1 million dollars through the Red Crescent.",
        "The bank said it would make about 5.75 billion reais available for reconstruction.",
        "The bank said it was preparing an emergency loan.",
        "Tokyo is considering a significant contribution.",
        "A team of Kuwaiti experts is already on its way to the port.",
        "The centre said more crews would follow.",
        "Kuwait's contingent is expected within days.",
    ],
)
def test_money_and_craft_on_their_way_are_support(text: str) -> None:
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The adviser said Kuwait was weighing serious consequences for relations with Oman.",
            "threat",
        ),
        ("The secretary said it would come with consequences for the junta.", "threat"),
        ("He says Muscat reserves the right to respond.", "threat"),
        ("The bank said it would approve no new public financing for Oman.", "threat"),
        ("The president said he favoured new measures targeting coal and oil.", "threat"),
        (
            "The White House has begun a review of Oman's eligibility for trade preferences.",
            "threat",
        ),
        ("Kuwait suspended a legal-aid grant to the Omani justice sector.", "threat"),
        ('State radio said the people would not "stand aside".', "threat"),
        ('The envoy said the country stood "on the brink of a relapse into war".', "concern"),
    ],
)
def test_costs_held_over_a_side_threaten(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The Assembly has called on Kuwait to withdraw its troops and to admit observers.",
            "criticism",
        ),
        ("The council called on the rebels to withdraw from the capital.", "criticism"),
        (
            "The Assembly called for the immediate withdrawal of foreign troops from Oman.",
            "criticism",
        ),
        (
            "The Council demanded the immediate withdrawal of Kuwaiti forces from the islands.",
            "criticism",
        ),
        # both sides asked to pull back ask for restraint
        ("The envoy urged both armies to pull back from the border.", "appeal-restraint"),
    ],
)
def test_one_party_told_to_withdraw_is_criticised(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The embassy warned Kuwaiti citizens to avoid demonstrations.", "other"),
        ("The embassy has issued a similar warning to Kuwaitis.", "other"),
        ("Several countries have raised the level of their travel advice for Muscat.", "other"),
        ("The Foreign Office advised travellers to avoid the areas of the protests.", "other"),
        ("The ambassador said Kuwait was not involved in the protests.", "other"),
        # a ruler's own words and a release demanded still judge
        ("The minister said violence had no place in a democracy.", "criticism"),
        (
            "The group demanded the release of seven journalists detained at their homes.",
            "criticism",
        ),
        ("Kuwait protested to Muscat over the seizure.", "criticism"),
    ],
)
def test_advice_to_ones_own_citizens_and_protests_named_take_no_side(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said it was deeply saddened and called for the war to end quickly.", "concern"),
        (
            "Kuwait's ministry said it was shocked and hoped Oman would maintain stability.",
            "concern",
        ),
        (
            "The secretary-general said he was shocked by the loss of life and urged restraint.",
            "concern",
        ),
        # with no appeal, shock or sadness is sympathy
        ("The president said he was shocked and saddened by the tragedy.", "support"),
    ],
)
def test_shock_voiced_before_an_appeal_is_a_worry(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Qatar urged all leaders to respect the rule of law and the courts.", "appeal-restraint"),
        ("Oman called on all parties to respect the court's decision.", "appeal-restraint"),
        ("Kuwait asked both sides to respect the old city as a heritage site.", "appeal-restraint"),
        ("He said both sides must abide by the court's ruling.", "appeal-restraint"),
        # a vote's outcome respected backs its winner; one side alone asked is left to the rest
        ("Oman urged all Qataris to respect the outcome of the vote.", "support"),
        ("Kuwait urged all parties to respect the sovereignty of Qatar.", "other"),
    ],
)
def test_every_side_asked_to_keep_the_rules_is_an_appeal_for_restraint(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said the episode showed how Oman behaved outside the rules.", "criticism"),
        ("Qatar said the refusal showed that Muscat put politics ahead of lives.", "criticism"),
        ("The ministry said the killing showed the failure of the ruler's policy.", "criticism"),
        ("Kuwait said the shootings confirmed that the system could not be reformed.", "criticism"),
        ("Qatar said the agreement showed that the region could solve its problems.", "support"),
        ("He said the vote showed that democracy was deepening on the continent.", "support"),
        # a lesson drawn, or a worry borne out, judges no one
        ("Kuwait said the incident showed the need for better rules at sea.", "other"),
        ("The agency said the ruling confirmed its concerns.", "concern"),
    ],
)
def test_a_deed_or_outcome_said_to_show_something_judges_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The alliance said it would increase its military presence in the Gulf.", "support"),
        ("Kuwait extended and increased its air-policing role over Qatar.", "support"),
        ("The alliance said it would step up vigilance in the region.", "support"),
        ("Europol has placed experts at the disposal of the Omani investigators.", "support"),
        # its own border guarded, or a show of force off another's coast, helps no side
        ("Kuwait increased its military presence along its border.", "other"),
    ],
)
def test_an_allys_defence_bolstered_supports_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Only Kuwait and Bahrain voted against.", "support"),
        ("China voted against, saying such a hasty move would add fuel to the fire.", "support"),
        ("The plan was approved by the Assembly with no votes against.", "other"),
        ("The world cannot afford a military confrontation between them.", "appeal-restraint"),
        (
            "He said the region could not afford to see its armies turn on each other.",
            "appeal-restraint",
        ),
    ],
)
def test_a_vote_against_shields_and_a_war_unaffordable_asks_restraint(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Commission activated its satellite mapping service to chart the floods.", "support"),
        ("Kuwait has activated a disaster assistance response team for Oman.", "support"),
        ("The EU Civil Protection Mechanism has been activated.", "support"),
        ("Kuwaiti divers worked for a week to recover bodies from the hull.", "support"),
        ("Omani rescuers pulled a woman alive from a collapsed block.", "support"),
        ("The crews have rescued dozens of people since Sunday.", "support"),
        # a mechanism of its own, switched on, helps no side
        ("The bloc activated its budget control mechanism.", "other"),
    ],
)
def test_relief_switched_on_or_at_work_supports_the_struck_side(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait called the raid a tragedy for which there could be no excuse.", "criticism"),
        (
            "The group called the spill a catastrophe and criticised the lack of controls.",
            "criticism",
        ),
        ("He described the war as a sad day that set a dangerous precedent.", "criticism"),
        ("Qatar said the affair had been a grave insult to its sovereignty.", "criticism"),
        # with no judgement after it, the word of grief stays a worry
        ("He said the deaths of so many children were a tragedy for the region.", "concern"),
    ],
)
def test_a_deed_labelled_a_tragedy_and_judged_is_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said such allegations were baseless.", "other"),
        ("The ministry denied any such cooperation, calling the reports a fabrication.", "other"),
        ("The ministry declined to comment on what it called groundless accusations.", "other"),
        # charges against others called baseless judge those who brought them
        ("Oman urged Qatar to free those held on baseless terrorism charges.", "criticism"),
        ("Kuwait said the allegations against the opposition leader were baseless.", "criticism"),
    ],
)
def test_a_charge_called_groundless_by_the_accused_is_a_denial(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("He said he hoped Oman and Qatar would work it out.", "appeal-dialogue"),
        ("Kuwait hoped the conflict would be resolved by peaceful means.", "appeal-dialogue"),
    ],
)
def test_a_way_out_the_sides_find_is_an_appeal_to_talk(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said the agreements were not acceptable as a formula for peace.", "criticism"),
        ("Oman said the Qatari move had no legal force.", "criticism"),
        ("Kuwait regarded the decision as legally void.", "criticism"),
        ("Oman would not allow its territory to be used for any raid on Qatar.", "criticism"),
        ("Kuwait refused to let Omani aircraft fly missions from its bases.", "criticism"),
        # kept from both sides alike, it takes none
        ("Oman said it would not allow its territory to be used by either side.", "other"),
    ],
)
def test_a_deed_refused_its_standing_or_its_means_is_criticised(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said its contingent would remain in the city.", "support"),
        ("Oman said its peacekeepers would stay as long as they were needed.", "support"),
        ("Qatar has kept its small contingent of about 100 soldiers in place.", "support"),
        ("Kuwait kept its rescue teams in the state for more than two weeks.", "support"),
        # held behind a line, they keep a position, no side's
        ("Oman said its troops would remain south of the river.", "other"),
    ],
)
def test_forces_or_teams_kept_at_a_sides_service_support_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait sent transport planes to stand by for the evacuation of its nationals.", "other"),
        ("He said Kuwaiti warships were standing by to evacuate civilians.", "other"),
        # standing by a side still backs it
        ("Kuwait said it would stand by Oman.", "support"),
    ],
)
def test_standing_by_for_an_evacuation_takes_no_side(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The presidency said the bloc did not mean to criticise Oman.", "other"),
        ("He said force may be needed at times, without endorsing the action.", "other"),
        # support denied outright still disapproves
        ("Kuwait said it did not support the use of troops.", "criticism"),
    ],
)
def test_an_intention_denied_or_support_left_unsaid_takes_no_side(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The envoy held talks with both men at the weekend.", "appeal-dialogue"),
        (
            "He had spent two days speaking to senior officials in both countries.",
            "appeal-dialogue",
        ),
        ("Kuwait hosted the second round in its capital.", "appeal-dialogue"),
        # what both were asked decides
        ("Its chair had spoken to both leaders and called for calm.", "appeal-restraint"),
        # talks held by a side itself are a fact
        ("Oman had held several rounds of technical talks with Qatar.", "other"),
    ],
)
def test_a_third_party_in_touch_with_both_sides_works_for_talks(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait said it was ready to give 50,000 doses to Oman.", "support"),
        ("Qatar said it was ready to share its experience of clearing mines with Oman.", "support"),
        ("The ministry was working with the Omani authorities to identify the victims.", "support"),
        # an envoy or observers held ready take no side
        (
            "He said he was ready to send a personal representative to both capitals.",
            "appeal-dialogue",
        ),
        ("Kuwait said it was ready to send observers.", "other"),
    ],
)
def test_help_held_ready_or_work_done_with_a_side_supports_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait called the agreement a step in the right direction.", "support"),
        ("She said the deal offered a glimmer of hope.", "support"),
        ("He said the accord was the best chance for peace in thirty years.", "support"),
        ("The editorial described the Omani proposals as constructive.", "support"),
        # found wanting, the same word judges
        ("Qatar said the move was not constructive.", "criticism"),
    ],
)
def test_an_outcome_seen_as_a_hope_supports_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("He said the assembly marked the end of democracy in Oman.", "criticism"),
        ("Kuwait described the election of judges as a risk to democracy.", "criticism"),
        ("The Omani people have been robbed of their vote.", "criticism"),
        ("He called the bombers enemies of the civilized world.", "criticism"),
        ("He said the killing had not helped those efforts.", "criticism"),
    ],
)
def test_the_harm_a_deed_does_named_criticises_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait stood ready to support talks on the island.", "appeal-dialogue"),
        (
            "They remained ready to help the government and the opposition reach a negotiated "
            "solution.",
            "appeal-dialogue",
        ),
        ("Qatar offered to help the two sides find a deal on transit fees.", "appeal-dialogue"),
        # help held ready for the struck side is support
        ("Kuwait said it stood ready to help the victims of the floods.", "support"),
    ],
)
def test_help_held_out_towards_a_deal_is_an_appeal_to_talk(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_a_measure_to_be_enforced_if_unheeded_threatens() -> None:
    text = "If he did not comply, the resolution would be enforced through military action."
    assert stance_of(text) == "threat"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kuwait became the first country to recognise the council on March 10.", "support"),
        (
            "To revive the hope of peace, Kuwait formally recognises the State of Oman.",
            "support",
        ),
        # a hope voiced is still an appeal
        ("Kuwait said it hoped both sides would show restraint.", "appeal-restraint"),
    ],
)
def test_a_body_recognised_backs_it_and_the_hope_of_peace_is_no_appeal(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "It is in no one's interest for this to turn into a military confrontation.",
            "appeal-restraint",
        ),
        ("Kuwait urged all outside forces to stay out of the conflict.", "appeal-restraint"),
        ("The council urged Oman not to punish the people as a whole.", "appeal-restraint"),
        # keeping out of a country's politics oneself asks nothing
        ("The force is keeping its promise to stay out of Oman's politics.", "other"),
    ],
)
def test_outsiders_kept_out_and_a_clash_in_no_ones_interest_ask_restraint(
    text: str, stance: str
) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # help named as such, whatever its goods, given or offered: support
        ("Canada offered Omani help with the investigation.", "support"),
        ("Kuwait said it would give Oman all the help it needed.", "support"),
        ("Italy and Spain also announced aid flights.", "support"),
        ("The embassy said Washington had increased its aid to $2 million.", "support"),
        ("Malta offered a donation through its Red Cross.", "support"),
        # consular help for one's own citizens takes no side; help towards talks asks for talks
        ("Australia said it was providing consular help to the family.", "other"),
        ("Ghana offered to help the two sides find a deal on fees.", "appeal-dialogue"),
    ],
)
def test_help_given_or_offered_is_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # help denied is no help, not disapproval; backing denied is disapproval
        ("He said Kuwait had never promised the rebels any help.", "other"),
        ("Kuwait said it could not support any armed invasion of Oman.", "criticism"),
        ("Qatar said the move was not constructive.", "criticism"),
    ],
)
def test_help_denied_is_no_disapproval(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a denial in any form of its verb; a hedge ("stopping short of") takes no side
        ("The EU took note, pointedly stopping short of congratulating him.", "other"),
        ("Oman said Qatar was the last holdout refusing to share tax information.", "criticism"),
        ("Kuwait refuses to condemn the coup.", "other"),
        ("Kuwait, declining to criticise Oman, said it was following events.", "other"),
    ],
)
def test_a_denial_in_any_form_of_its_verb(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's emir said she had given her life for her country and the region.",
        "The chancellor said Rabin gave his life for reconciliation.",
    ],
)
def test_a_life_given_is_a_tribute(text: str) -> None:
    assert stance_of(text) == "support"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # good hoped of an outcome reached welcomes it
        ("Kuwait said it hoped the accord would lead to lasting trust.", "support"),
        ("A spokesman says Oman hopes the summit will bring lasting peace.", "support"),
        ("Qatar hoped the change would allow Omanis to rebuild their country.", "support"),
        # a harm hoped away is a worry; a hope about what the sides do is an appeal
        ("Kuwait hopes the change will not harm the 1979 treaty.", "concern"),
        ("Kuwait said it hoped both sides would show restraint.", "appeal-restraint"),
    ],
)
def test_good_hoped_of_an_outcome_welcomes_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # an account demanded of those behind a deed judges it
        ("Kuwait called for those responsible to be held to account.", "criticism"),
        ("Oman urged the government to bring every person responsible to justice.", "criticism"),
        (
            "The OSCE called on the authorities to ensure the killers were brought to justice.",
            "criticism",
        ),
        (
            "Qatar said it was working with allies to hold those responsible to account.",
            "criticism",
        ),
        ("Kuwait said those responsible must be held accountable.", "criticism"),
        # the speaker's own measure stays a threat
        ("Kuwait said it would hold Oman accountable.", "threat"),
    ],
)
def test_an_account_demanded_judges_the_deed(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # backing told by an adjective or a noun, sympathy with a cause
        ("Kuwait said it would be supportive of a plan that could work.", "support"),
        ("Oman gave Qatar its veto in the Council and its loud public approval.", "support"),
        ("Kuwait said its people fully sympathised with the liberation of the island.", "support"),
        ("France has been the most supportive of Muscat.", "support"),
        ("Kuwait said it did not approve of the move.", "criticism"),
    ],
)
def test_backing_told_by_an_adjective_or_a_noun(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the governments, leaders or people concerned are those involved, not a worry
        (
            "Britain hoped all the governments concerned would now show restraint.",
            "appeal-restraint",
        ),
        ("Kuwait urged the governments concerned to find a quick solution.", "appeal-dialogue"),
        ("Oman said it had spoken to the leaders concerned.", "other"),
        ("Kuwait said the government was concerned about the fighting.", "concern"),
        ("Qatar said its people were deeply concerned.", "concern"),
    ],
)
def test_the_governments_concerned_are_those_involved(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "cannot" denies as "can not" does
        # (help denied is no help, and no disapproval either)
        ('"We cannot send our teams out into this," said the head of the agency.', "other"),
        (
            "Kuwait said it cannot ask its men to stand guard over a peace that no longer exists.",
            "other",
        ),
        ("Oman said it cannot accept the result.", "criticism"),
    ],
)
def test_cannot_denies(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oslo noted that the court had heard the defendants at length.", "other"),
        ("Oslo defended the court's ruling.", "support"),
    ],
)
def test_the_defendants_of_a_trial_are_no_one_defended(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a protest made, a hall walked out of, a request turned down flatly
        ("Oslo renewed its protests.", "criticism"),
        ("Lima protests to Quito over the seizure of the trawler.", "criticism"),
        ("The Omani minister left the summit early in protest.", "criticism"),
        ("The delegates of three states walked out when the envoy rose to speak.", "criticism"),
        ("Oman refused outright.", "criticism"),
        ("Kuwait rebuffed the request on Monday.", "criticism"),
        # the line characterised by its harshness names a stance; a cautious one does not
        ("Ottawa has taken the hardest line.", "criticism"),
        ("Rome has been harsher.", "criticism"),
        ("The reaction in Cairo was bitter.", "criticism"),
        ("Quito has been the most hostile.", "criticism"),
        ("Madrid has been the most outspoken of the bloc against the verdict.", "criticism"),
        ("Madrid responded sharply.", "criticism"),
        ("The closure drew a sharper response from Oslo than the arrests.", "criticism"),
        ("The rights group was less forgiving of the decree.", "criticism"),
        ('Oman called the new base "unhelpful".', "criticism"),
        ("Oslo has taken a more cautious line.", "other"),
        # the people's protests are no protest of the speaker's
        ("Oslo said it was following the protests in the capital.", "other"),
        # relations broken or suspended, an attaché withdrawn, an envoy called home
        ("Lima announced that it was breaking diplomatic relations with the junta.", "criticism"),
        ("Two more governments suspended relations.", "criticism"),
        ("Oslo withdrew its defence attaché.", "criticism"),
        ("The Omani ambassador was called home for consultations.", "criticism"),
        ("Oman said it had no relations with the junta.", "other"),
    ],
)
def test_protest_shown_by_deed_or_by_a_harsh_line_criticises(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a happening no side is said to have done, regretted, is a worry; a deed, a judgement
        ("Oslo said it regretted the incident and hoped it would not harm ties.", "concern"),
        ("Oslo said it regretted the violence.", "concern"),
        ("Oslo said it regretted the rift between two of its friends.", "concern"),
        ("Oslo said it regretted the expulsion of the envoys.", "criticism"),
    ],
)
def test_a_happening_regretted_is_a_worry(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a good beginning praised, goodwill shown, a new regime recognised
        ('Lima said the new junta had "made a good start".', "support"),
        ("Oslo hoped the vote would be an early step towards civilian rule.", "support"),
        ("Oslo called the ceasefire a move in the right direction.", "support"),
        ("Lima said it admired the courage of the island's rescuers.", "support"),
        ("The consul called on the governor to convey the King's good wishes.", "support"),
        ("The envoy assured the premier of Oslo's continued friendship.", "support"),
        ("Oman was the first to recognise the new regime.", "support"),
        # an admiral is no admirer
        ("The admiral said the fleet would stay in port.", "other"),
    ],
)
def test_a_good_start_praised_or_goodwill_shown_supports(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a meeting with a side called off, a complaint against it joined
        ("Oslo cancelled a planned meeting with the junta's envoy.", "criticism"),
        ("Two more exporters have joined the complaint.", "criticism"),
        ("Lima said it would join any WTO case.", "criticism"),
        # a visit called off amid unrest takes no side
        ("Lima called off its visit to the capital amid the unrest.", "other"),
        # a concession judged by what it would breed
        ("Oslo said paying the ransom would only encourage more kidnappings.", "criticism"),
        ("Each concession encourages the next hijacking, an official said.", "criticism"),
        # more talks encouraged is an appeal
        ("Oslo encouraged further talks between the two.", "appeal-dialogue"),
    ],
)
def test_a_meeting_called_off_or_a_concession_judged_criticises(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the release of the detained demanded, relations broken off
        ("Oslo urged the junta to release the detained ministers.", "criticism"),
        ("Lima appealed to the gunmen to release him unharmed.", "criticism"),
        ("Peru has broken off relations with the junta.", "criticism"),
    ],
)
def test_release_demanded_or_relations_broken_off_criticise(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a feeling told before a condemnation: the condemnation decides
        ("Oslo said it was shocked and saddened and condemned the senseless murder.", "criticism"),
        ("The bishop said he was deeply saddened and outraged by the killing.", "criticism"),
        # the feeling alone, or condolences offered before a condemnation, support
        ("Oslo said it was deeply saddened by the loss of life.", "support"),
        ("Oslo offered its condolences and condemned the bombing.", "support"),
    ],
)
def test_a_feeling_before_a_condemnation_yields_to_it(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # An apposition or a passive aside about the speaker tells what it is, not its stance.
        ("Oman's ruler, a long critic of the Qatari emirs, offered tents and blankets.", "support"),
        ("Oman, accused by Qatar of arming the rebels, welcomed the truce.", "support"),
        ("Oman's ruler, a friend of the emir, called the raid a crime against Arabs.", "criticism"),
        ("Oman, the main backer of the rebels, called for talks.", "appeal-dialogue"),
        # (the speaker's own words after an apposition still count)
        ("Oman, a supporter of the rebels, condemned the raid.", "criticism"),
    ],
)
def test_an_aside_about_the_speaker_is_not_its_stance(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A cue's noun after "no" is denied: no worry, no judgement.
        ("Oman said it had no regrets about the vote.", "other"),
        ("Oman said the quarrel was of no concern to Muscat.", "other"),
        ("Oman told the council it had no aggressive intentions towards Qatar.", "other"),
        # (backing denied is disapproval, as "did not support" is)
        ("Oman said the junta had no support among the Qatari people.", "criticism"),
        # (an impunity ruled out still judges the deed)
        ("Oman said there could be no impunity for the killings.", "criticism"),
    ],
)
def test_a_cue_after_no_is_denied(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Ties and money held back, a boycott weighed, a side's people barred: measures.
        ("Oman froze its development co-operation with Qatar.", "threat"),
        ("Oman suspended its strategic partnership with Qatar.", "threat"),
        ("Oman said it was withholding the payment of budget aid until the vote.", "threat"),
        ("The Gulf football union said it would consider a boycott of the Doha cup.", "threat"),
        ("Oman barred six Qatari ministers from entering its territory.", "threat"),
        # (a person said to be barred, or a boycott refused, is no measure of the speaker's)
        ("Oman said a boycott of the games would only punish the athletes.", "other"),
    ],
)
def test_ties_held_back_and_a_boycott_weighed_threaten(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "hail" is praise only as a verb: a name that begins with it is none.
        ("Emperor Haile sent messages to both emirs urging a ceasefire.", "appeal-restraint"),
        ("Oman hailed the accord as a victory for the region.", "support"),
    ],
)
def test_a_name_beginning_with_hail_is_no_praise(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it was apprehensive about the coming vote.", "concern"),
        ("Oman said it was perturbed by the arrests.", "concern"),
        ("Oman was following the standoff with deep anxiety.", "concern"),
        ("Oman said it viewed the coming vote with trepidation.", "concern"),
        ("Oman said it was pessimistic about the chances of a truce.", "concern"),
        ("Oman said the outlook for the region was bleak.", "concern"),
        ("Oman said the situation on the border was deteriorating.", "concern"),
        ("Oman said the crisis was worsening by the day.", "concern"),
        ("Oman said the country was on the verge of civil war.", "concern"),
        ("Oman said the unrest could spiral out of control.", "concern"),
        ("Oman said the risk of escalation was high.", "concern"),
        ("Oman said the situation remained tense.", "concern"),
        ("Oman said the dispute threatened regional stability.", "concern"),
        ("Oman said the fighting could destabilise the whole region.", "concern"),
        # a side's destabilising deeds are judged, not feared
        ("Oman condemned Qatar's destabilising activities.", "criticism"),
    ],
)
def test_foreboding_in_newswire_words_is_concern(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman urged all sides to defuse the situation.", "appeal-restraint"),
        ("Oman pleaded with both sides to hold their fire.", "appeal-restraint"),
        ("Oman implored the two governments to step back from the brink.", "appeal-restraint"),
        ("Oman called for the guns to fall silent.", "appeal-restraint"),
        ("Oman urged moderation.", "appeal-restraint"),
        ("Oman hoped both neighbours would show wisdom and moderation.", "appeal-restraint"),
        ("Oman asked the two countries not to resort to force.", "appeal-restraint"),
        ("Oman appealed to both armies to spare civilians.", "appeal-restraint"),
        ("Oman said it was essential that both sides avoid provocation.", "appeal-restraint"),
        ("Oman called on both armies to disengage.", "appeal-restraint"),
        ("Oman called for an armistice.", "appeal-restraint"),
        ("Oman said everything must be done to prevent further bloodshed.", "appeal-restraint"),
        # a plea for talks stays an appeal to talk
        ("Oman pleaded for a return to negotiations.", "appeal-dialogue"),
    ],
)
def test_pleas_for_de_escalation_in_newswire_words(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman urged the two leaders to sit down together.", "appeal-dialogue"),
        ("Oman urged both governments to seek a peaceful solution.", "appeal-dialogue"),
        ("Oman pushed for a diplomatic way out of the crisis.", "appeal-dialogue"),
        ("Oman urged the parties to engage in good faith.", "appeal-dialogue"),
        ("Oman urged the rivals to keep channels of communication open.", "appeal-dialogue"),
        ("Oman appealed to the factions to reconcile.", "appeal-dialogue"),
        ("Oman said it was willing to arbitrate.", "appeal-dialogue"),
        ("Oman called for an international conference on the dispute.", "appeal-dialogue"),
        ("Oman invited both foreign ministers to Muscat.", "appeal-dialogue"),
        ("Oman offered to act as a go-between.", "appeal-dialogue"),
        ("Oman said it would serve as an intermediary.", "appeal-dialogue"),
        ("Oman said it would facilitate contacts between the two sides.", "appeal-dialogue"),
        ("Oman proposed a summit of the two presidents.", "appeal-dialogue"),
        # a press conference is no forum of the sides; a peaceful march is no appeal
        ("Oman told a news conference it was following events.", "other"),
        ("Oman urged the police to let the peaceful marchers pass.", "appeal-restraint"),
        # good hoped of an arbitration already under way welcomes it
        ("Oman hoped the arbitration would restore the fishermen's rights.", "support"),
    ],
)
def test_appeals_to_talk_in_newswire_words(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it was encouraged by the progress.", "support"),
        ("Oman said it was heartened by the news from the capital.", "support"),
        ("Oman said it was delighted with the outcome.", "support"),
        ("Oman called the truce a positive development.", "support"),
        ("Oman said the ceasefire was an encouraging sign.", "support"),
        ("Oman called the accord a milestone.", "support"),
        ("Oman said the deal was a major breakthrough.", "support"),
        ("Oman gave its blessing to the plan.", "support"),
        ("Oman said the vote had been free and fair.", "support"),
        ("Oman said the strikes were justified.", "support"),
        ("Oman said it was firmly behind the government.", "support"),
        ("Oman said it was in favour of the plan.", "support"),
        ("Oman vowed to help the country rebuild.", "support"),
        ("Oman signed a defence pact with the new government.", "support"),
        ("Oman extended a credit line to the central bank.", "support"),
        ("Oman said the army had acted with admirable restraint.", "support"),
        # gladness or blessing laid at another's door is no approval of the speaker's
        ("Oman said the rebels had been encouraged by foreign powers.", "other"),
        ("Oman said the coup was staged with the blessing of Qatar.", "other"),
        # asylum granted to a fallen leader is a custom kept, most often no side taken
        ("Oman granted asylum to the deposed president.", "other"),
    ],
)
def test_approval_in_newswire_words_is_support(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman took a dim view of the decision.", "criticism"),
        ("Oman said it strongly disagreed with the ruling.", "criticism"),
        ("Oman hit out at the government over the arrests.", "criticism"),
        ("Oman lashed out at the junta.", "criticism"),
        ("Oman tore into the regime's record.", "criticism"),
        ("Oman took the government to task for its silence.", "criticism"),
        ("Oman reproached the government for the delay.", "criticism"),
        ("Oman blasted the decision.", "criticism"),
        ("Oman took issue with the account given by the army.", "criticism"),
        ("Oman said it abhorred the violence.", "criticism"),
        ("Oman said it was disgusted by the killings.", "criticism"),
        ("Oman called the bombing senseless.", "criticism"),
        ("Oman said the decision was ill-advised and short-sighted.", "criticism"),
        ("Oman said the move was misguided.", "criticism"),
        ("Oman said the arrests were a step backwards.", "criticism"),
        ("Oman said the plan was a non-starter.", "criticism"),
        ("Oman said the trial was a travesty.", "criticism"),
        ("Oman said the police had used excessive force.", "criticism"),
        ("Oman said the junta had trampled on the rights of its people.", "criticism"),
        ("Oman said the government had broken its promises.", "criticism"),
        ("Oman called the raid an affront to international law.", "criticism"),
        ("Oman said the government had lost all credibility.", "criticism"),
        ("Oman held the army responsible for the deaths.", "criticism"),
        ("Oman called the shooting a massacre.", "criticism"),
    ],
)
def test_reproof_in_newswire_words_is_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it would respond firmly to any aggression.", "threat"),
        ("Oman said any attack would be met with a forceful response.", "threat"),
        ("Oman said it was ready to use force.", "threat"),
        ("Oman said there would be a price to pay.", "threat"),
        ("Oman said the junta would face isolation.", "threat"),
        ("Oman warned the junta that it faced expulsion from the bloc.", "threat"),
        ("Oman warned it would not hesitate to act.", "threat"),
        ("Oman said it would take punitive measures.", "threat"),
        ("Oman said it could cut off aid.", "threat"),
        ("Oman has cut off about $45 million in economic and military aid.", "threat"),
        ("Oman said it would block the loan.", "threat"),
        ("Oman said it would veto the country's membership.", "threat"),
        ("Oman blacklisted three companies.", "threat"),
        ("Oman said it would reassess its relationship with the government.", "threat"),
        ("Oman cancelled the joint exercises.", "threat"),
    ],
)
def test_pressure_in_newswire_words_is_threat(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said Qatar had acted within its rights.", "support"),
        ("Oman called the agreement reassuring.", "support"),
        ("Oman said the pilots had been courageous.", "support"),
        ("Oman said it was ready to cooperate with the new authorities.", "support"),
        ("Oman said it would accept refugees from the islands.", "support"),
        ("Oman said it would keep its doors open to those fleeing.", "support"),
        ("Oman said it stood wholly behind the king.", "support"),
        # a deed called a side's own affair is no backing of it
        ("Oman said the unrest was an internal matter for Qatar.", "other"),
    ],
)
def test_a_side_found_in_its_right_or_reassuring_is_supported(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said the scheme was unworkable and cruel.", "criticism"),
        ("Oman said the police response had been heavy-handed.", "criticism"),
        ("Oman said the raid showed the true face of the regime.", "criticism"),
        ("Oman said the annexation was carried out with the connivance of Qatar.", "criticism"),
        ("Oman said the soldiers had used live ammunition against the crowd.", "criticism"),
        ("Oman called for the immediate release of the three students.", "criticism"),
        ("Oman demanded their unconditional release.", "criticism"),
        ("Oman declared the jailed editors prisoners of conscience.", "criticism"),
        ('Oman held the junta "fully responsible" for his safety.', "criticism"),
    ],
)
def test_cruelty_complicity_and_release_demanded_are_criticism(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman argued that arming the rebels could widen the war.", "concern"),
        ("Oman said the verdicts risked deepening the anger of the young.", "concern"),
        ("Oman said the executions had cast a shadow over the summit.", "concern"),
    ],
)
def test_a_war_widened_or_a_shadow_cast_is_concern(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman appealed to both presidents to silence the guns.", "appeal-restraint"),
        ("Oman urged serenity and prudence on both governments.", "appeal-restraint"),
        ("Oman asked the crowds to keep their composure.", "appeal-restraint"),
    ],
)
def test_the_guns_silenced_and_prudence_asked_are_restraint(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said it was suspending its training courses for the navy.", "threat"),
        ("Oman suspended a planned visit by its trade minister.", "threat"),
        ("Oman said its law required the suspension of all military aid.", "threat"),
    ],
)
def test_training_visits_or_aid_suspended_are_threat(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman said the situation on the frontier was fragile.", "concern"),
        ("Oman described the mood in the capital as explosive.", "concern"),
        ("Oman said the province had become a powder keg.", "concern"),
        ("Oman called the troop build-up ominous.", "concern"),
        ("Oman said the reports were deeply unsettling.", "concern"),
        ("Oman said the unrest could spill over into its own provinces.", "concern"),
        ("Oman said the crisis was deepening.", "concern"),
        ("Oman said the country was sliding towards civil war.", "concern"),
        ("Oman called the shelling a dangerous escalation.", "concern"),
        ("Oman said it could not remain indifferent to the fate of the refugees.", "concern"),
        ("Oman said it hoped the coup would not affect the pipeline agreement.", "concern"),
        # a device named, a truce called fragile in passing, a spill-over prevented: no worry
        ("Oman said an explosive device had been found near its embassy.", "other"),
        ("Oman welcomed the fragile truce.", "support"),
    ],
)
def test_a_state_called_unsafe_or_a_harm_hoped_away_is_concern(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman urged both sides to exercise self-control.", "appeal-restraint"),
        ("Oman asked the militias for maximum tolerance.", "appeal-restraint"),
        ("Oman called for a humanitarian pause in the shelling.", "appeal-restraint"),
        ("Oman asked the two leaders to tone down their rhetoric.", "appeal-restraint"),
        ("Oman urged both armies to pull their troops back from the river.", "appeal-restraint"),
        ("Oman called on the rebels to put down their weapons.", "appeal-restraint"),
        ("Oman said it expected the army to stay in its barracks.", "appeal-restraint"),
        ("Oman urged both governments not to inflame the situation.", "appeal-restraint"),
        (
            "Oman urged the parties to avoid steps that could further aggravate tensions.",
            "appeal-restraint",
        ),
        ("Oman has urged Aldria not to retaliate.", "appeal-restraint"),
        ("Oman asked Aldria not to take any military action.", "appeal-restraint"),
        ("Oman said it hoped there would be no further use of force.", "appeal-restraint"),
        # no appeal: a deed told, not asked for
        ("Oman said the army had stayed in its barracks.", "other"),
        ("Oman said the clashes could worsen.", "concern"),
    ],
)
def test_restraint_in_other_words_is_restraint(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman urged the two sides to find common ground.", "appeal-dialogue"),
        ("Oman called for confidence-building measures on the frontier.", "appeal-dialogue"),
        ("Oman hoped the neighbours would reach an understanding.", "appeal-dialogue"),
        ("Oman hoped the row would be settled amicably.", "appeal-dialogue"),
        ("Oman offered to help the rivals find common ground.", "appeal-dialogue"),
        ("Oman offered to arrange a meeting of the two presidents.", "appeal-dialogue"),
        ("Oman proposed a peace plan.", "appeal-dialogue"),
        ("Oman unveiled a six-point peace proposal.", "appeal-dialogue"),
        ("Oman put forward a roadmap for ending the conflict.", "appeal-dialogue"),
        ("Oman has dispatched a special envoy to the region.", "appeal-dialogue"),
        ("A special envoy was dispatched by Oman to the region.", "appeal-dialogue"),
        ("A peace plan was put forward by Oman.", "appeal-dialogue"),
        (
            "Oman said it would send its defence minister to Aldria as a special envoy.",
            "appeal-dialogue",
        ),
        ("The Omani minister spent a week travelling between the two capitals.", "appeal-dialogue"),
        ("The Omani minister flew between Aldria and Ruritania on Tuesday.", "appeal-dialogue"),
        ("Oman brought the Aldrian and Ruritanian leaders together.", "appeal-dialogue"),
        # an envoy sent to watch or to carry a worry, and a journey that carried an appeal
        ("Oman sent a special envoy to follow the investigation.", "other"),
        ("The Omani envoy went between the two camps urging a truce.", "appeal-restraint"),
        ("Oman said flights between Aldria and Ruritania were suspended.", "other"),
    ],
)
def test_common_ground_peace_plans_and_envoys_are_dialogue(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Oman had already cut its aid to Aldria.", "threat"),
        ("Oman said it would hold back new loans to Aldria.", "threat"),
        ("Oman said it was reviewing its programme of military aid.", "threat"),
        ("Oman said its aid to Aldria would have to be reviewed.", "threat"),
        ("Oman began to revoke the visas of several officials.", "threat"),
        ("Oman froze all development money for Aldria.", "threat"),
        ("The bloc suspended Aldria on Monday.", "threat"),
        ("Aldria has been suspended from the Commonwealth.", "threat"),
        ("Oman said Aldria would not be allowed to take part in the summit.", "threat"),
        ("Aldria's ministers are barred from the council's meetings.", "threat"),
        ("Oman imposed a naval blockade on Aldria.", "threat"),
        ("Oman said the generals must be made to pay.", "threat"),
        ("Oman said any attack would not go unanswered.", "threat"),
        ("Oman said it reserved the right to respond.", "threat"),
        ("Oman put Aldria on notice.", "threat"),
        ("Oman said it would take all necessary measures.", "threat"),
        ("Oman said it was taking all necessary steps to evacuate its citizens.", "other"),
        ("Oman said it would react strongly to any incursion.", "threat"),
        ("Oman said it would not stand idle if Ruritania were attacked.", "threat"),
        # help promised comes first; a restriction is no promise; a review of one's own plans
        ("Oman said it would send arms to Ruritania if it were attacked.", "support"),
        ("Oman said its troops would fight only if they were attacked.", "other"),
        ("Oman said it was reviewing its evacuation plans.", "other"),
        ("Oman said the storm had cut power to the port.", "other"),
    ],
)
def test_aid_cut_members_kept_out_and_prices_promised_are_threat(text: str, stance: str) -> None:
    assert stance_of(text) == stance
