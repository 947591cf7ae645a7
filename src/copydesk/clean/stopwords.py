"""Function words of the languages copydesk reads, as one set.

Running prose is full of them in any language; menus, buttons and link lists are
not. The ratio of these words to all words is a language-independent prose signal
(jusText's idea, without choosing a language first). Sets are short on purpose:
the most frequent closed-class words only, so a title-case menu item rarely hits.
"""

from __future__ import annotations

_WORDS = """
the a an of to in and or is are was were be been has have had it its this that these those with for on at by from
as but not which who what when where there their they he she his her we our you your will would can could should
than then also into about after over more most such only other some any all no if so do does did may might must
der die das ein eine einer eines einem einen und oder ist sind war waren sein hat haben hatte es sie er wir ihr
mit für auf an von zu im in den dem des nicht auch als wie bei nach aus um noch nur schon wird werden wurde über
sich dass daß aber wenn so man kann können zum zur vor durch bis mehr sehr
le la les un une des du de et ou est sont était été il elle ils elles nous vous avec pour sur dans par pas que qui
au aux ce cette ces son sa ses leur mais plus comme se ne été être avoir
el los las uno una unos y o es son fue ser con para por en del al que no se su sus lo como más pero
il lo gli i uno una e è sono era con per su nel della delle degli dei che non si come più ma anche
o os as um uma e é são foi com para por em do da dos das no na que não se seu sua como mais mas
het een en of is zijn was met voor op aan van te dat die niet ook als bij naar uit om nog maar er wordt
и в во на не что с со как а то это по к но за из от у же для о об его ее её их они он она мы вы бы был была
были быть так уже только если или при до после также который которые может
і в у на не що з як а це по до для від та його її їх вони він вона ми ви був була було також які
i w z na nie że to jest się do od jak ale po za o jego jej ich oni on ona my był była było także który
"""

STOPWORDS: frozenset[str] = frozenset(_WORDS.split())
