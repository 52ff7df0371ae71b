"""The sides of the story (principal parties) and everyone else (third parties).

`choice` scores the candidates and chooses the principals from the tallies of
`briefing.stats`; the other modules name sides the counts alone miss: `named_sides` (claims,
authors, courts, retaliation, attacked states), `disasters` (stricken states, companies liable),
`home_affairs` (one country's own affair), `allies`, `own_bodies` (a side's own institutions),
`own_side` (its opposition, contesting parties and ruling groups).
"""
