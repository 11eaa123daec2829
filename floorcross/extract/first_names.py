"""Common first names by gender, for the gender a speaker's first name suggests."""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", words))


# Common first names by the gender they usually mark, across the communities UK, Irish and
# other English-language coverage writes about. A hint only: titles and pronouns that follow
# a name in the article win over it.
_MALE_NAMES = _word_set("""
aaron abdul abdullah adam adrian ahmed aidan alan alastair alex alexander alistair ali amir
andrew andy angus anthony antony anwar arthur asif barry ben benjamin bernard bill billy bob
boris brendan brian bruce callum calum cameron carl charles charlie chris christopher ciaran
clive colin colm conor craig damian damien daniel danny darren david dean declan dennis derek
dermot des desmond dominic donald douglas duncan dylan eamon eamonn ed eddie edward elliot emmanuel
eoin eric euan faisal farid frank fraser gareth gary gavin geoff geoffrey george gerard gerry
gordon graham grant greg gregory guy hamid harry harvey hassan henry hugh iain ian imran
irfan isaac ivan jack jacob jake james jamie jason jeff jeffrey jeremy jim jimmy joe joel john
johnny jon jonathan jordan joseph josh joshua julian justin kamal karl keir keith kenneth kevin
khalid kieran kwasi lee leo lewis liam luke malcolm mark martin matt matthew michael micheal
mick mike mohamed mohammad mohammed muhammad murray nathan neil niall nicholas nick nigel noel
oliver omar owen owain paddy patrick paul peter philip phillip phil raj rajesh ravi ray raymond rhys
richard rishi rob robert robin rory ross roy russell ryan sadiq sajid salman sam samuel scott
sean seamus shaun shahid simon stephen steve steven stewart stuart suleman tariq ted terence
terry thomas tim timothy tom tommy tony trevor tyrone usman victor vince wayne wes wesley
william yasin yusuf zac zack zahid
ajay altaf amit anil arvind ashok bashir dafydd deepak doug emlyn enda farooq geraint
gethin ghulam gulam huw ieuan jagmeet javed kuldeep llyr mabon mahesh manoj marc micheál mitch
mukesh mushtaq narendra nasir naveen nitin pankaj pierre pradeep prakash rahul rajiv rakesh
ramesh rashid rhodri rhun rohit ron sachin sandeep sanjay shabir sudhir sunil suresh vijay
ken vikram vinod yogesh
padraig pádraig paudie ruairi ruaridh cathal donal dónal diarmuid fergal fergus oisin oisín
ronan tadhg daithi dáithí pearse colum malachy hamish alasdair ewan kenny seán séamus
les reg stan norman len cyril harold ernest albert walter fred frederick gerald rodney
clifford derrick leslie nigel howard
roger warren ronald stanley vincent kirk lloyd marcus rod graeme glenn glen gwyn dai emrys
iwan aled cliff kelvin dominick clement bernard barney dennis desmond kurt boyd neville
""")
_FEMALE_NAMES = _word_set("""
abigail aisha alice alison amanda amber amy andrea angela angharad ann anna anne annie apsana
barbara bella beth bethan bridget caitlin carla carol caroline carys catherine cath charlotte
chloe christine claire clare colette dawn deborah debbie denise diane dolores donna eileen
elaine eleanor elizabeth ellie emily emma esther eve fatima fiona fionnuala frances gemma
georgia gillian grace hannah harriet hayley heather helen holly imogen iqra isabel jackie jane
janet jayne jean jennifer jenny jess jessica jo joan joanna joanne josephine joy judith julia
julie karen kate katherine kathleen kathryn katie kelly kemi kerry kim laura lauren layla leah
lesley linda lindsay lindsey lisa liz louise lucy lynne maggie maria marie marion mary maureen
megan mhairi michelle miriam molly nadia nadine naz nazia natalie nicola niamh nicky nora
olivia paula pauline penny rachel rebecca rhian rosalind rosie ruth sadie sally samantha sandra
sara sarah shabana shaista sharon sheila shirley siobhan sinead siân sian sonia sophia sophie
stella stephanie sue susan suzanne tanya theresa tracey tracy una valerie vanessa victoria
wendy yasmin yvette zara zarah zoe
anita candice chrystia delyth elin erin geeta heledd kamala kavita lakshmi mamata meena
mehbooba neha nirmala pooja priya pratibha rekha shobha sioned smriti sunita sushma
aoife ciara orla gráinne grainne róisín roisin sinéad aisling máire maire bronagh deirdre
eimear caoimhe nuala mairéad mairead majella bernadette geraldine emer clodagh sorcha
catriona ailsa morag kirsty shona eilidh
brenda glenys gwen doreen sylvia janice jacqueline marilyn beverley lorraine mandy tina
hazel jill kay lynn margaret pam pamela patricia teresa yvonne verona marcy rita gail
""")


def first_name_gender(word: str) -> str | None:
    """"m" or "f" when the word is a common first name of that gender."""
    low = word.lower()
    if low in _MALE_NAMES:
        return "m"
    if low in _FEMALE_NAMES:
        return "f"
    return None
