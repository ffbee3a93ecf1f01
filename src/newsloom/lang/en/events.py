"""English event vocabulary, as data for newsloom.events (see docs/events.md).

Types are the 16 PLOVER types of CAMEO2PLOVER-2021; a value is "TYPE" or "TYPE:mode", or None for "not an
event" (in SENSES). Keys are lemmas; the engine makes the inflected forms with the rules below (IRREGULAR
adds the forms the rules cannot make). Multi-word keys are lemma sequences read left to right (determiners
in between are skipped).
"""

# ---------------------------------------------------------------- morphology
# (ending of the lemma, replacements); "~" = the lemma minus the ending, "%" = the stem's last letter
# (doubled consonants: ban -> banned). A plain replacement is appended to the stem. First matching rule wins.
VERB_INFLECTIONS = [
    ("ee", ["ees", "eed", "eeing"]),
    ("ie", ["ies", "ied", "ying"]),
    ("e", ["es", "ed", "ing", "ing"]),
    ("ay", ["ays", "ayed", "aying", "aid"]), ("ey", ["eys", "eyed", "eying"]), ("oy", ["oys", "oyed", "oying"]),
    ("y", ["ies", "ied", "ying"]),
    ("ss", ["sses", "ssed", "ssing"]), ("sh", ["shes", "shed", "shing"]), ("ch", ["ches", "ched", "ching"]),
    ("x", ["xes", "xed", "xing"]), ("z", ["zes", "zed", "zing"]),
    ("", ["s", "ed", "ing", "~%ed", "~%ing"]),
]
NOUN_INFLECTIONS = [
    ("ay", ["ays"]), ("ey", ["eys"]), ("oy", ["oys"]), ("y", ["ies"]),
    ("s", ["ses"]), ("sh", ["shes"]), ("ch", ["ches"]), ("x", ["xes"]),
    ("", ["s"]),
]
IRREGULAR = {
    "meet": "met", "hold": "held", "speak": "spoke spoken", "fight": "fought", "shoot": "shot",
    "strike": "struck stricken", "seek": "sought", "give": "gave given", "take": "took taken", "send": "sent",
    "lead": "led", "make": "made", "go": "went gone goes", "fly": "flew flown", "beat": "beaten", "hit": "hits hitting",
    "tell": "told", "say": "said", "set": "sets setting", "put": "puts putting", "cut": "cuts cutting",
    "lend": "lent", "withdraw": "withdrew withdrawn", "forgive": "forgave forgiven", "undertake": "undertook undertaken",
    "break": "broke broken", "blow": "blew blown", "bring": "brought", "rise": "rose risen",
    "quit": "quits quitting", "stab": "stabbed stabbing", "ban": "banned banning", "plan": "planned planning",
    "begin": "began begun", "freeze": "froze frozen", "draw": "drew drawn", "pay": "paid", "lay": "laid",
    "sit": "sat sitting", "win": "won winning", "lose": "lost", "leave": "left", "stand": "stood",
    "write": "wrote written", "overrun": "overran overrunning", "shut": "shuts shutting", "rebuff": "rebuffed",
    "mislead": "misled", "swear": "swore sworn", "throw": "threw thrown", "storm": "stormed storming",
    "occur": "occurred occurring", "confer": "conferred conferring", "deter": "deterred", "refer": "referred",
    "commit": "committed committing", "admit": "admitted admitting", "compel": "compelled", "expel": "expelled expelling",
    "patrol": "patrolled patrolling", "control": "controlled", "dispel": "dispelled", "propel": "propelled",
    "man": "manned", "wound": "wounded wounding", "found": "founded", "bind": "bound", "wind": "wound",
    "flee": "fled", "feel": "felt", "keep": "kept", "sweep": "swept", "shell": "shelled shelling",
}
# nouns whose plural the rules get wrong
IRREGULAR_NOUNS = {"person": "people persons", "child": "children", "man": "men", "woman": "women",
                   "life": "lives", "thief": "thieves", "crisis": "crises", "talk": "talks", "gunman": "gunmen",
                   "policeman": "policemen", "serviceman": "servicemen", "chairman": "chairmen",
                   "spokesman": "spokesmen", "congressman": "congressmen", "militiaman": "militiamen",
                   "tribesman": "tribesmen", "fisherman": "fishermen", "businessman": "businessmen"}
# elided forms the tokenizer leaves glued ("n't" is a token already)
ELISIONS: dict[str, str] = {}
# prepositions written in several ways
PREP_FORMS: dict[str, str] = {"upon": "on", "amid": "amid", "towards": "toward"}

# ---------------------------------------------------------------- triggers
VERBS = {
    # CONSULT
    "meet": "CONSULT:meeting", "visit": "CONSULT:visit", "host": "CONSULT:visit", "receive": "CONSULT:visit",
    "talk": "CONSULT", "speak": "CONSULT", "negotiate": "CONSULT", "discuss": "CONSULT", "confer": "CONSULT",
    "consult": "CONSULT", "phone": "CONSULT:phone", "telephone": "CONSULT:phone", "call": "CONSULT:phone",
    "mediate": "CONSULT:third-party", "travel": "CONSULT:visit", "arrive": "CONSULT:visit", "fly": "CONSULT:visit",
    "tour": "CONSULT:visit", "convene": "CONSULT:meeting", "huddle": "CONSULT:meeting",
    # SUPPORT
    "praise": "SUPPORT", "commend": "SUPPORT", "welcome": "SUPPORT", "endorse": "SUPPORT", "applaud": "SUPPORT",
    "hail": "SUPPORT", "laud": "SUPPORT", "back": "SUPPORT", "support": "SUPPORT", "congratulate": "SUPPORT",
    "thank": "SUPPORT", "apologize": "CONCEDE", "apologise": "CONCEDE", "forgive": "SUPPORT",
    "pardon": "CONCEDE", "defend": "SUPPORT", "rescue": "AID:humanitarian", "bar": "REJECT:yield",
    "supply": "COOPERATE", "sell": "COOPERATE", "export": "COOPERATE",
    "ratify": "SUPPORT", "reaffirm": "SUPPORT", "recognize": "SUPPORT", "recognise": "SUPPORT",
    "sign": "SUPPORT", "approve": "SUPPORT", "salute": "SUPPORT", "embrace": "SUPPORT",
    # AGREE
    "agree": "AGREE", "pledge": "AGREE", "promise": "AGREE", "vow": "AGREE", "offer": "AGREE",
    "commit": "AGREE", "accept": "AGREE", "consent": "AGREE", "propose": "AGREE", "undertake": "AGREE",
    # CONCEDE
    "concede": "CONCEDE", "yield": "CONCEDE", "relent": "CONCEDE", "capitulate": "CONCEDE", "accede": "CONCEDE",
    "compromise": "CONCEDE", "cave": "CONCEDE",
    # COOPERATE
    "cooperate": "COOPERATE", "co-operate": "COOPERATE", "collaborate": "COOPERATE",
    "extradite": "COOPERATE:legal", "partner": "COOPERATE",
    # AID
    "aid": "AID", "donate": "AID", "exchange": "CONSULT", "fund": "AID:economic", "finance": "AID:economic", "airdrop": "AID:humanitarian",
    "lend": "AID:economic", "bankroll": "AID:economic", "arm": "AID:military", "evacuate": "AID:humanitarian",
    # RETREAT
    "release": "RETREAT:release", "free": "RETREAT:release", "withdraw": "RETREAT:withdraw",
    "retreat": "RETREAT:withdraw", "surrender": "RETREAT:disarm", "disarm": "RETREAT:disarm",
    "demobilize": "RETREAT:disarm", "demobilise": "RETREAT:disarm", "resign": "RETREAT:resign",
    "repatriate": "RETREAT:return",
    # REQUEST
    "urge": "REQUEST", "demand": "REQUEST", "ask": "REQUEST", "request": "REQUEST", "appeal": "REQUEST",
    "implore": "REQUEST", "beg": "REQUEST", "plead": "REQUEST", "press": "REQUEST", "lobby": "REQUEST",
    "exhort": "REQUEST", "entreat": "REQUEST", "order": "REQUEST", "invite": "REQUEST:meet",
    # ACCUSE
    "accuse": "ACCUSE:allege", "blame": "ACCUSE:allege", "condemn": "ACCUSE:disapprove",
    "criticize": "ACCUSE:disapprove", "criticise": "ACCUSE:disapprove", "denounce": "ACCUSE:disapprove",
    "decry": "ACCUSE:disapprove", "slam": "ACCUSE:disapprove", "censure": "ACCUSE:disapprove",
    "rebuke": "ACCUSE:disapprove", "reproach": "ACCUSE:disapprove", "lambaste": "ACCUSE:disapprove",
    "castigate": "ACCUSE:disapprove", "berate": "ACCUSE:disapprove", "deplore": "ACCUSE:disapprove",
    "allege": "ACCUSE:allege", "sue": "ACCUSE:allege", "investigate": "ACCUSE:investigate",
    "probe": "ACCUSE:investigate", "complain": "ACCUSE:allege", "object": "ACCUSE:disapprove",
    "disapprove": "ACCUSE:disapprove", "assail": "ACCUSE:disapprove", "blast": "ACCUSE:disapprove",
    "chide": "ACCUSE:disapprove", "vilify": "ACCUSE:disapprove", "demonize": "ACCUSE:disapprove",
    "demonise": "ACCUSE:disapprove", "insult": "ACCUSE:disapprove", "ridicule": "ACCUSE:disapprove",
    "mock": "ACCUSE:disapprove", "scold": "ACCUSE:disapprove", "excoriate": "ACCUSE:disapprove",
    "fault": "ACCUSE:disapprove", "indict": "ACCUSE:allege", "charge": "ACCUSE:allege",
    "convict": "SANCTION:convict", "fine": "SANCTION:convict",
    # REJECT
    "reject": "REJECT", "refuse": "REJECT", "deny": "REJECT", "decline": "REJECT", "dismiss": "REJECT",
    "rebuff": "REJECT", "spurn": "REJECT", "veto": "REJECT", "oppose": "REJECT", "resist": "REJECT",
    "defy": "REJECT", "refute": "REJECT", "repudiate": "REJECT", "snub": "REJECT", "block": "REJECT",
    "disavow": "REJECT", "balk": "REJECT", "contest": "REJECT",
    # THREATEN
    "threaten": "THREATEN", "warn": "THREATEN", "menace": "THREATEN", "intimidate": "THREATEN",
    # PROTEST
    "protest": "PROTEST:demo", "demonstrate": "PROTEST:demo", "rally": "PROTEST:demo", "march": "PROTEST:demo",
    "picket": "PROTEST:demo", "riot": "PROTEST:riot", "boycott": "PROTEST:boycott", "chant": "PROTEST:demo",
    # SANCTION
    "sanction": "SANCTION:discontinue", "embargo": "SANCTION:discontinue", "expel": "SANCTION:expel", "sever": "SANCTION:withdraw",
    "blacklist": "SANCTION", "downgrade": "SANCTION:withdraw",
    # MOBILIZE
    "deploy": "MOBILIZE:troops", "mobilize": "MOBILIZE:troops", "mobilise": "MOBILIZE:troops",
    "mass": "MOBILIZE:troops", "amass": "MOBILIZE:troops", "muster": "MOBILIZE:troops",
    "scramble": "MOBILIZE:troops", "patrol": "MOBILIZE:police", "station": "MOBILIZE:troops",
    # COERCE
    "arrest": "COERCE:arrest", "detain": "COERCE:arrest", "jail": "COERCE:arrest", "imprison": "COERCE:arrest",
    "sentence": "SANCTION:convict", "prosecute": "ACCUSE:allege", "deport": "COERCE:deport",
    "seize": "COERCE:seize", "confiscate": "COERCE:seize", "ban": "COERCE:restrict", "outlaw": "COERCE:restrict",
    "censor": "COERCE:censor", "restrict": "COERCE:restrict", "suppress": "COERCE", "repress": "COERCE",
    "disperse": "COERCE", "evict": "COERCE:seize", "annex": "COERCE:seize", "occupy": "COERCE:seize",
    "blockade": "COERCE:restrict", "expropriate": "COERCE:seize", "nationalize": "COERCE:seize",
    "raid": "COERCE:seize", "curb": "COERCE:restrict",
    # ASSAULT
    "attack": "ASSAULT", "kill": "ASSAULT", "murder": "ASSAULT", "assassinate": "ASSAULT:targeted",
    "shoot": "ASSAULT:firearms", "shell": "ASSAULT:heavy-weapons", "bomb": "ASSAULT:aerial",
    "bombard": "ASSAULT:heavy-weapons", "strike": "ASSAULT", "ambush": "ASSAULT:firearms", "invade": "ASSAULT",
    "torture": "ASSAULT:torture", "abduct": "ASSAULT:abduct", "kidnap": "ASSAULT:abduct",
    "hijack": "ASSAULT:abduct", "rape": "ASSAULT:sexual", "stab": "ASSAULT:beat", "beat": "ASSAULT:beat",
    "wound": "ASSAULT", "injure": "ASSAULT", "massacre": "ASSAULT", "slaughter": "ASSAULT",
    "execute": "ASSAULT", "behead": "ASSAULT", "lynch": "ASSAULT:beat", "detonate": "ASSAULT:explosives",
    "fight": "ASSAULT", "battle": "ASSAULT", "clash": "ASSAULT", "storm": "ASSAULT", "torch": "ASSAULT",
    "destroy": "ASSAULT:destroy", "demolish": "ASSAULT:destroy", "raze": "ASSAULT:destroy", "bulldoze": "ASSAULT:destroy", "pound": "ASSAULT:heavy-weapons", "hit": "ASSAULT",
    "target": "ASSAULT", "assault": "ASSAULT:beat", "gun": "ASSAULT:firearms", "capture": "COERCE:seize",
    "overrun": "COERCE:seize", "loot": "ASSAULT",
}

NOUNS = {
    # CONSULT
    "talk": "CONSULT", "meeting": "CONSULT:meeting", "visit": "CONSULT:visit", "summit": "CONSULT:meeting",
    "negotiation": "CONSULT", "discussion": "CONSULT", "consultation": "CONSULT", "conversation": "CONSULT",
    "call": "CONSULT:phone", "trip": "CONSULT:visit", "tour": "CONSULT:visit", "mediation": "CONSULT:third-party",
    "conference": "CONSULT:meeting", "parley": "CONSULT", "tete-a-tete": "CONSULT:meeting",
    "videoconference": "CONSULT:phone", "round": "CONSULT", "readiness": "MOBILIZE:troops",
    "alert": "MOBILIZE:troops", "audience": "CONSULT:meeting", "grant": "AID:economic",
    # SUPPORT
    "praise": "SUPPORT", "endorsement": "SUPPORT", "recognition": "SUPPORT", "apology": "SUPPORT",
    "congratulation": "SUPPORT", "ratification": "SUPPORT",
    # AGREE
    "agreement": "AGREE", "deal": "AGREE", "accord": "AGREE", "pact": "AGREE", "pledge": "AGREE",
    "promise": "AGREE", "commitment": "AGREE", "compromise": "AGREE",
    # CONCEDE
    "concession": "CONCEDE", "amnesty": "CONCEDE",
    # COOPERATE
    "cooperation": "COOPERATE", "co-operation": "COOPERATE", "collaboration": "COOPERATE",
    "partnership": "COOPERATE", "extradition": "COOPERATE:legal",
    # AID
    "aid": "AID", "assistance": "AID", "donation": "AID", "funding": "AID:economic", "loan": "AID:economic",
    "relief": "AID:humanitarian", "asylum": "AID:asylum", "bailout": "AID:economic",
    "evacuation": "AID:humanitarian", "airdrop": "AID:humanitarian",
    # RETREAT
    "release": "RETREAT:release", "withdrawal": "RETREAT:withdraw", "retreat": "RETREAT:withdraw",
    "surrender": "RETREAT:disarm", "ceasefire": "RETREAT:ceasefire", "cease-fire": "RETREAT:ceasefire",
    "truce": "RETREAT:ceasefire", "armistice": "RETREAT:ceasefire", "resignation": "RETREAT:resign",
    "pullout": "RETREAT:withdraw", "de-escalation": "RETREAT:disarm", "demobilization": "RETREAT:disarm",
    "swap": "RETREAT:release", "repatriation": "RETREAT:return",
    # REQUEST
    "demand": "REQUEST", "request": "REQUEST", "appeal": "REQUEST", "plea": "REQUEST",
    # ACCUSE
    "accusation": "ACCUSE:allege", "allegation": "ACCUSE:allege", "criticism": "ACCUSE:disapprove",
    "condemnation": "ACCUSE:disapprove", "complaint": "ACCUSE:allege", "investigation": "ACCUSE:investigate",
    "probe": "ACCUSE:investigate", "inquiry": "ACCUSE:investigate", "enquiry": "ACCUSE:investigate",
    "lawsuit": "ACCUSE:allege", "denunciation": "ACCUSE:disapprove", "rebuke": "ACCUSE:disapprove",
    # REJECT
    "rejection": "REJECT", "refusal": "REJECT", "denial": "REJECT", "veto": "REJECT",
    # THREATEN
    "threat": "THREATEN", "ultimatum": "THREATEN", "warning": "THREATEN",
    # PROTEST
    "protest": "PROTEST:demo", "demonstration": "PROTEST:demo", "rally": "PROTEST:demo", "march": "PROTEST:demo",
    "walkout": "PROTEST:strike", "sit-in": "PROTEST:obstruct", "riot": "PROTEST:riot", "unrest": "PROTEST:riot",
    "boycott": "PROTEST:boycott", "picket": "PROTEST:demo", "vigil": "PROTEST:demo", "strike": "ASSAULT",
    "blockade": "COERCE:restrict",
    # SANCTION
    "sanction": "SANCTION:discontinue", "embargo": "SANCTION:discontinue", "expulsion": "SANCTION:expel",
    "tariff": "SANCTION:discontinue", "conviction": "SANCTION:convict", "fine": "SANCTION:convict",
    "indictment": "ACCUSE:allege", "apology": "CONCEDE", "pardon": "CONCEDE", "rescue": "AID:humanitarian",
    # MOBILIZE
    "deployment": "MOBILIZE:troops", "mobilization": "MOBILIZE:troops", "mobilisation": "MOBILIZE:troops",
    "buildup": "MOBILIZE:troops", "build-up": "MOBILIZE:troops", "exercise": "MOBILIZE:troops",
    "drill": "MOBILIZE:troops", "maneuver": "MOBILIZE:troops", "manoeuvre": "MOBILIZE:troops",
    # COERCE
    "arrest": "COERCE:arrest", "detention": "COERCE:arrest", "imprisonment": "COERCE:arrest",
    "deportation": "COERCE:deport", "crackdown": "COERCE", "curfew": "COERCE:curfew", "ban": "COERCE:ban",
    "censorship": "COERCE:restrict", "raid": "COERCE:seize", "seizure": "COERCE:seize",
    "confiscation": "COERCE:seize", "occupation": "COERCE:seize", "annexation": "COERCE:seize",
    "lockdown": "COERCE:restrict",
    "eviction": "COERCE:seize", "prosecution": "ACCUSE:allege",
    # ASSAULT
    "attack": "ASSAULT", "airstrike": "ASSAULT:aerial", "bombing": "ASSAULT:aerial",
    "bombardment": "ASSAULT:heavy-weapons", "shelling": "ASSAULT:heavy-weapons", "offensive": "ASSAULT",
    "assault": "ASSAULT", "invasion": "ASSAULT", "clash": "ASSAULT", "fighting": "ASSAULT", "battle": "ASSAULT",
    "skirmish": "ASSAULT", "ambush": "ASSAULT:firearms", "shooting": "ASSAULT:firearms",
    "gunfire": "ASSAULT:firearms", "killing": "ASSAULT", "murder": "ASSAULT", "assassination": "ASSAULT:targeted",
    "massacre": "ASSAULT", "explosion": "ASSAULT:explosives", "blast": "ASSAULT:explosives",
    "kidnapping": "ASSAULT:abduct", "abduction": "ASSAULT:abduct", "torture": "ASSAULT:torture",
    "incursion": "ASSAULT", "hostility": "ASSAULT", "barrage": "ASSAULT:heavy-weapons", "onslaught": "ASSAULT",
    "gunfight": "ASSAULT:firearms", "firefight": "ASSAULT:firearms", "execution": "ASSAULT", "stabbing": "ASSAULT:beat",
    "beating": "ASSAULT:beat", "hijacking": "ASSAULT:abduct",
}

# multi-word triggers (lemma sequences, first word verb or noun); they win over single words
PHRASES = {
    "call for": "REQUEST", "call on": "REQUEST", "call upon": "REQUEST", "push for": "REQUEST",
    "ask for": "REQUEST", "appeal for": "REQUEST", "press for": "REQUEST", "plead for": "REQUEST",
    "open fire": "ASSAULT:firearms", "fire on": "ASSAULT:firearms", "fire at": "ASSAULT:firearms",
    "fire into": "ASSAULT:firearms", "gun down": "ASSAULT:firearms", "shoot down": "ASSAULT:aerial",
    "blow up": "ASSAULT:explosives", "set fire": "ASSAULT", "set ablaze": "ASSAULT", "take hostage": "ASSAULT:abduct",
    "sit down": "CONSULT:meeting", "hold talk": "CONSULT", "hold a meeting": "CONSULT:meeting",
    "pay visit": "CONSULT:visit", "speak by phone": "CONSULT:phone", "speak by telephone": "CONSULT:phone",
    "phone call": "CONSULT:phone", "telephone call": "CONSULT:phone", "telephone conversation": "CONSULT:phone",
    "phone conversation": "CONSULT:phone", "video call": "CONSULT:phone", "video conference": "CONSULT:phone",
    "state visit": "CONSULT:visit", "official visit": "CONSULT:visit", "peace talk": "CONSULT",
    "back down": "CONCEDE", "give in": "CONCEDE", "give ground": "CONCEDE", "step down": "RETREAT:resign",
    "pull out": "RETREAT:withdraw", "take down": "COERCE:cyber", "pull back": "RETREAT:withdraw", "hand over": "RETREAT:return",
    "prisoner exchange": "RETREAT:release", "prisoner swap": "RETREAT:release",
    "turn down": "REJECT", "rule out": "REJECT", "vote against": "REJECT", "walk out": "SANCTION:withdraw",
    "take to the street": "PROTEST:demo", "hunger strike": "PROTEST:hunger", "general strike": "PROTEST:strike",
    "go on strike": "PROTEST:strike", "tear gas": "ASSAULT:crowd-control", "rubber bullet": "ASSAULT:crowd-control",
    "water cannon": "ASSAULT:crowd-control", "find guilty": "SANCTION:convict", "express regret": "CONCEDE",
    "drone strike": "ASSAULT:drone", "drone attack": "ASSAULT:drone", "joint manoeuvre": "COOPERATE:military",
    "joint maneuver": "COOPERATE:military", "stage a protest": "PROTEST:demo", "sit-in": "PROTEST:obstruct",
    "break off": "SANCTION:withdraw", "call off": "SANCTION:withdraw", "cut off": "SANCTION:discontinue",
    "crack down": "COERCE", "round up": "COERCE:arrest", "lock up": "COERCE:arrest",
    "take into custody": "COERCE:arrest", "shut down": "COERCE:restrict", "martial law": "COERCE:martial-law",
    "state of emergency": "COERCE:martial-law", "house arrest": "COERCE:arrest",
    "air strike": "ASSAULT:aerial", "air raid": "ASSAULT:aerial", "missile strike": "ASSAULT:aerial", "missile attack": "ASSAULT:aerial",
    "rocket attack": "ASSAULT:heavy-weapons", "rocket fire": "ASSAULT:heavy-weapons",
    "suicide bombing": "ASSAULT:suicide-attack", "suicide attack": "ASSAULT:suicide-attack",
    "car bomb": "ASSAULT:explosives", "car bombing": "ASSAULT:explosives", "roadside bomb": "ASSAULT:explosives",
    "military exercise": "MOBILIZE:troops", "military drill": "MOBILIZE:troops", "joint exercise": "COOPERATE:military",
    "joint drill": "COOPERATE:military", "joint patrol": "COOPERATE:military", "show of force": "MOBILIZE:troops",
    "put on alert": "MOBILIZE:troops", "high alert": "MOBILIZE:troops", "build up": "MOBILIZE:troops",
    "hit out": "ACCUSE:disapprove", "lash out": "ACCUSE:disapprove", "look into": "ACCUSE:investigate",
    "join force": "COOPERATE", "work together": "COOPERATE", "team up": "COOPERATE",
    "joint military exercise": "COOPERATE:military", "joint operation": "COOPERATE:military",
    "joint investigation": "COOPERATE:legal", "walk off": "PROTEST:strike", "down tool": "PROTEST:strike",
    "sit - in": "PROTEST:obstruct", "lay down arm": "RETREAT:disarm", "lay down their arm": "RETREAT:disarm", "joint military drill": "COOPERATE:military",
    "joint naval exercise": "COOPERATE:military", "joint naval drill": "COOPERATE:military",
    "call up": "MOBILIZE:troops", "combat readiness": "MOBILIZE:troops", "state of alert": "MOBILIZE:troops",
    "test - fire": "MOBILIZE:troops", "claim responsibility": None, "humanitarian aid": "AID:humanitarian", "military aid": "AID:military",
    "military assistance": "AID:military", "aid package": "AID", "arms delivery": "AID:military",
    "weapons delivery": "AID:military", "test-fire": "MOBILIZE:troops", "missile test": "MOBILIZE:troops",
    "strike a deal": "AGREE", "strike deal": "AGREE", "reach agreement": "AGREE", "reach a deal": "AGREE",
    "peace deal": "AGREE", "peace agreement": "AGREE", "peace accord": "AGREE", "trade deal": "AGREE",
    "death toll": None, "press conference": None, "news conference": None, "war crime": None,
    "call it": None, "so-called": None,
    "call-up": "MOBILIZE:troops", "bow to": "CONCEDE", "give in to": "CONCEDE", "cave in to": "CONCEDE",
    "put on hold": "CONCEDE", "seal off": "COERCE:restrict", "cordon off": "COERCE:restrict",
    "lock down": "COERCE:restrict",
}

# a verb + the head (or a modifier) of its object -> the event; "@name" is a word class of CLASSES
VERB_OBJECT = {
    "send": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic", "@troops": "MOBILIZE:troops"},
    "provide": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic", "@protection": "AID:peacekeeping"},
    "deliver": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic", "@strike": "ASSAULT"},
    "supply": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "give": {"@aid": "AID", "@weapon": "AID:military", "@money": "AID:economic"},
    "allocate": {"@aid": "AID", "@money": "AID:economic"},
    "approve": {"@aid": "AID", "@money": "AID:economic"},
    "grant": {"status": "SUPPORT", "recognition": "SUPPORT", "asylum": "AID:asylum", "@aid": "AID", "@money": "AID:economic", "amnesty": "CONCEDE",
              "access": "RETREAT:access", "pardon": "RETREAT:release", "concession": "CONCEDE"},
    "seek": {"asylum": "REQUEST:assist", "@aid": "REQUEST:assist", "@talks": "REQUEST:meet", "warrant": "ACCUSE:allege"},
    "adopt": {"@sanction": "SANCTION:discontinue"}, "approve": {"@sanction": "SANCTION:discontinue", "@aid": "AID", "@money": "AID:economic"},
    "scrap": {"law": "CONCEDE", "@restriction": "CONCEDE", "bill": "CONCEDE", "decree": "CONCEDE", "tax": "CONCEDE",
              "quota": "CONCEDE", "reform": "CONCEDE", "rule": "CONCEDE", "policy": "CONCEDE", "requirement": "CONCEDE"},
    "shelve": {"law": "CONCEDE", "plan": "CONCEDE", "reform": "CONCEDE", "bill": "CONCEDE", "overhaul": "CONCEDE",
               "project": "CONCEDE", "tax": "CONCEDE", "policy": "CONCEDE"},
    "repeal": {"law": "CONCEDE", "@restriction": "CONCEDE", "decree": "CONCEDE", "tax": "CONCEDE"},
    "abolish": {"law": "CONCEDE", "@restriction": "CONCEDE", "tax": "CONCEDE"},
    "rescind": {"law": "CONCEDE", "@restriction": "CONCEDE", "decree": "CONCEDE", "order": "CONCEDE"},
    "hurl": {"stone": "PROTEST:riot", "rock": "PROTEST:riot", "molotov": "PROTEST:riot", "bottle": "PROTEST:riot",
             "firebomb": "PROTEST:riot", "projectile": "PROTEST:riot"},
    "throw": {"stone": "PROTEST:riot", "rock": "PROTEST:riot", "molotov": "PROTEST:riot", "bottle": "PROTEST:riot",
              "firebomb": "PROTEST:riot"},
    "take": {"website": "COERCE:cyber", "site": "COERCE:cyber", "server": "COERCE:cyber"},
    "leave": {"bloc": "SANCTION:withdraw", "alliance": "SANCTION:withdraw", "union": "SANCTION:withdraw",
              "organisation": "SANCTION:withdraw", "organization": "SANCTION:withdraw", "coalition": "SANCTION:withdraw",
              "@agreement": "SANCTION:withdraw", "@talks": "SANCTION:withdraw", "community": "SANCTION:withdraw"},
    "quit": {"bloc": "SANCTION:withdraw", "alliance": "SANCTION:withdraw", "@agreement": "SANCTION:withdraw",
             "@talks": "SANCTION:withdraw", "coalition": "SANCTION:withdraw"},
    "impose": {"@sanction": "SANCTION:discontinue", "curfew": "COERCE:curfew", "@restriction": "COERCE:restrict",
               "martial": "COERCE:martial-law", "emergency": "COERCE:martial-law", "blockade": "COERCE:restrict",
               "tariff": "SANCTION"},
    "slap": {"@sanction": "SANCTION:discontinue"}, "extend": {"@sanction": "SANCTION:discontinue"},
    "announce": {"@sanction": "SANCTION:discontinue", "@aid": "AID", "@money": "AID:economic"},
    "commit": {"@crime": "ACCUSE:allege"}, "perpetrate": {"@crime": "ACCUSE:allege"},
    "lift": {"@sanction": "RETREAT", "curfew": "CONCEDE", "emergency": "CONCEDE", "martial": "CONCEDE",
             "@restriction": "CONCEDE", "blockade": "RETREAT:withdraw", "siege": "RETREAT:withdraw", "ban": "CONCEDE",
             "suspension": "CONCEDE"},
    "ease": {"@sanction": "RETREAT", "curfew": "CONCEDE", "@restriction": "CONCEDE",
             "blockade": "RETREAT:withdraw", "ban": "CONCEDE", "tension": "RETREAT:disarm"},
    "relax": {"@restriction": "CONCEDE", "curfew": "CONCEDE", "@sanction": "RETREAT"},
    "revoke": {"@diplomat": "SANCTION:expel", "accreditation": "SANCTION", "visa": "SANCTION", "licence": "COERCE:ban",
               "license": "COERCE:ban", "citizenship": "COERCE", "@agreement": "SANCTION:withdraw"},
    "distribute": {"@aid": "AID:humanitarian", "@money": "AID:economic", "@weapon": "AID:military"},
    "donate": {"@aid": "AID", "@money": "AID:economic", "@weapon": "AID:military"},
    "pledge": {"@aid": "AGREE", "@money": "AGREE"},
    "drop": {"charge": "CONCEDE", "demand": "CONCEDE", "@sanction": "RETREAT:ease", "@bomb": "ASSAULT:aerial",
             "@aid": "AID:humanitarian"},
    "cut": {"internet": "COERCE:withhold", "phone": "COERCE:withhold", "@ties": "SANCTION:withdraw", "@aid": "SANCTION:discontinue", "@money": "SANCTION:discontinue",
            "supply": "SANCTION:discontinue", "export": "SANCTION:discontinue"},
    "suspend": {"channel": "COERCE:restrict", "broadcaster": "COERCE:restrict", "newspaper": "COERCE:restrict",
                "broadcast": "COERCE:restrict", "@ties": "SANCTION:withdraw", "@aid": "SANCTION:discontinue", "@talks": "SANCTION:withdraw",
                "@agreement": "SANCTION:withdraw", "flight": "SANCTION", "export": "SANCTION:discontinue",
                "import": "SANCTION:discontinue", "membership": "SANCTION", "cooperation": "SANCTION:withdraw",
                "@protest": "CONCEDE", "@money": "SANCTION:discontinue", "internet": "COERCE:withhold",
                "service": "COERCE:withhold", "lending": "SANCTION:discontinue"},
    "halt": {"@aid": "SANCTION:discontinue", "@talks": "SANCTION:withdraw", "export": "SANCTION:discontinue",
             "shipment": "SANCTION:discontinue", "cooperation": "SANCTION:withdraw", "@weapon": "SANCTION:discontinue",
             "@attack": "RETREAT:ceasefire", "@money": "SANCTION:discontinue"},
    "freeze": {"asset": "SANCTION", "@aid": "SANCTION:discontinue", "@talks": "SANCTION:withdraw",
               "@money": "SANCTION:discontinue", "@ties": "SANCTION:withdraw"},
    "cancel": {"@talks": "SANCTION:withdraw", "@agreement": "SANCTION:withdraw", "visa": "SANCTION"},
    "postpone": {},
    "recall": {"@diplomat": "SANCTION:withdraw"},
    "summon": {"@diplomat": "ACCUSE:disapprove"},
    "break": {"@ties": "SANCTION:withdraw", "ceasefire": "ASSAULT", "truce": "ASSAULT"},
    "violate": {"ceasefire": "ASSAULT", "truce": "ASSAULT"},
    "sever": {"@ties": "SANCTION:withdraw"}, "downgrade": {"@ties": "SANCTION:withdraw"},
    "restore": {"@ties": "SUPPORT"}, "establish": {"@ties": "SUPPORT"}, "normalize": {"@ties": "SUPPORT"},
    "resume": {"@ties": "SUPPORT", "@talks": "CONSULT", "@aid": "AID"},
    "reach": {"@agreement": "AGREE"}, "seal": {"@agreement": "AGREE"}, "clinch": {"@agreement": "AGREE"},
    "broker": {"@agreement": "CONSULT:third-party"}, "strike": {"@agreement": "AGREE"},
    "conclude": {"@agreement": "AGREE"}, "finalize": {"@agreement": "AGREE"},
    "declare": {"ceasefire": "RETREAT:ceasefire", "truce": "RETREAT:ceasefire", "martial": "COERCE:martial-law",
                "emergency": "COERCE:martial-law", "curfew": "COERCE:curfew", "war": "THREATEN"},
    "exchange": {"@prisoner": "RETREAT:release", "fire": "ASSAULT:firearms", "data": "COOPERATE:intelligence",
                 "intelligence": "COOPERATE:intelligence", "information": "COOPERATE:intelligence"},
    "swap": {"@prisoner": "RETREAT:release"},
    "return": {"@prisoner": "RETREAT:release", "territory": "RETREAT:return", "body": "RETREAT:return"},
    "hand": {"@prisoner": "RETREAT:release", "territory": "RETREAT:return", "control": "RETREAT:return"},
    "share": {"intelligence": "COOPERATE:intelligence", "information": "COOPERATE:intelligence",
              "data": "COOPERATE:intelligence"},
    "trade": {"accusation": "ACCUSE:allege", "blame": "ACCUSE:allege", "barb": "ACCUSE:disapprove",
              "insult": "ACCUSE:disapprove", "fire": "ASSAULT:firearms", "blow": "ASSAULT"},
    "express": {"willingness": "AGREE", "readiness": "AGREE", "intention": "AGREE", "desire": "AGREE",
                "openness": "AGREE", "support": "SUPPORT", "solidarity": "SUPPORT", "concern": "ACCUSE:disapprove",
                "outrage": "ACCUSE:disapprove", "anger": "ACCUSE:disapprove", "regret": "ACCUSE:disapprove",
                "condolence": "SUPPORT", "gratitude": "SUPPORT", "dismay": "ACCUSE:disapprove"},
    "voice": {"support": "SUPPORT", "concern": "ACCUSE:disapprove", "opposition": "REJECT"},
    "lodge": {"complaint": "ACCUSE:allege", "protest": "ACCUSE:allege"},
    "file": {"complaint": "ACCUSE:allege", "lawsuit": "ACCUSE:allege", "charge": "ACCUSE:allege", "suit": "ACCUSE:allege"},
    "bring": {"charge": "COERCE:arrest", "lawsuit": "ACCUSE:allege"},
    "issue": {"ultimatum": "THREATEN", "threat": "THREATEN", "warning": "THREATEN", "warrant": "ACCUSE:allege"},
    "raise": {"alert": "MOBILIZE:troops"},
    "dispatch": {"@troops": "MOBILIZE:troops", "@aid": "AID", "@weapon": "AID:military"},
    "fly": {"@aid": "AID:humanitarian", "@weapon": "AID:military", "@troops": "MOBILIZE:troops"},
    "airlift": {"@aid": "AID:humanitarian", "@weapon": "AID:military", "@troops": "MOBILIZE:troops"},
    "deposit": {"@money": "AID:economic"}, "disburse": {"@money": "AID:economic", "@aid": "AID"},
    "transfer": {"@money": "AID:economic", "@weapon": "AID:military"},
    "release": {"@money": "AID:economic"},
    "move": {"@troops": "MOBILIZE:troops"}, "reinforce": {"@troops": "MOBILIZE:troops"},
    "allow": {"@access": "RETREAT:access"}, "let": {"@access": "RETREAT:access"},
    "permit": {"@access": "RETREAT:access"}, "open": {"@access": "RETREAT:access"},
    "launch": {"@attack": "ASSAULT", "@missile": "ASSAULT:aerial", "@talks": "CONSULT", "@investigation": "ACCUSE:investigate"},
    "fire": {"@gas": "ASSAULT:crowd-control", "@missile": "ASSAULT:aerial", "@bullet": "ASSAULT:firearms"},
    "hold": {"@prisoner": "ASSAULT:abduct"},
    "close": {"border": "COERCE:restrict", "crossing": "COERCE:restrict", "embassy": "SANCTION:withdraw",
              "consulate": "SANCTION:withdraw", "airspace": "SANCTION", "port": "SANCTION"},
    "accept": {},
}

# word classes used by VERB_OBJECT and SENSES
CLASSES = {
    "aid": ["aid", "assistance", "relief", "help", "supply", "food", "medicine", "vaccine", "humanitarian",
            "package", "shelter", "tent", "support", "blanket", "water", "grain", "fuel", "medical", "grant",
            "team", "flour", "rice", "wheat"],
    "weapon": ["weapon", "arm", "ammunition", "munition", "missile", "tank", "jet", "artillery", "shell", "drone",
               "rifle", "equipment", "fighter", "howitzer", "rocket", "gun", "f-16", "air-defence", "patriot", "defence",
               "defense", "interceptor", "armored", "armoured", "vehicle", "leopard", "abrams", "himars", "atacms"],
    "money": ["dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "franc", "$", "€", "£", "money", "fund",
              "funding", "loan", "grant", "million", "billion", "bn", "cash", "budget", "credit", "lending",
              "financing"],
    "troops": ["troop", "soldier", "force", "army", "warship", "battalion", "brigade", "unit", "reinforcement",
               "reservist", "destroyer", "frigate", "warplane", "aircraft",
               "marine", "paratrooper", "police", "officer", "personnel", "carrier", "submarine", "jet", "bomber"],
    "sanction": ["sanction", "embargo", "tariff", "penalty", "measure", "freeze", "asset", "travel"],
    "restriction": ["restriction", "ban", "measure", "curb", "limit", "lockdown", "control"],
    "ties": ["tie", "relation", "relationship", "link", "contact"],
    "talks": ["talk", "negotiation", "meeting", "summit", "dialogue", "discussion", "visit", "consultation"],
    "agreement": ["agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire", "memorandum",
                  "declaration", "contract", "arrangement", "understanding", "compromise"],
    "prisoner": ["prisoner", "hostage", "captive", "detainee", "pow", "soldier", "body", "civilian", "people"],
    "diplomat": ["diplomat", "ambassador", "envoy", "attache", "consul", "charge"],
    "attack": ["attack", "strike", "airstrike", "offensive", "raid", "assault", "bombing", "operation",
               "incursion", "invasion", "shelling", "fire", "hostility", "fighting"],
    "missile": ["missile", "rocket", "drone", "shell", "mortar", "projectile", "bomb", "salvo", "barrage"],
    "bullet": ["bullet", "shot", "round", "gun", "weapon", "volley"],
    "gas": ["gas", "teargas", "tear", "cannon", "rubber", "pellet", "stun"],
    "strike": ["strike", "blow"],
    "bomb": ["bomb", "leaflet"],
    "protection": ["protection", "peacekeeper", "escort"],
    "access": ["access", "convoy", "inspector", "peacekeeper", "observer", "monitor", "evacuation", "corridor",
               "aid", "truck", "humanitarian", "crossing", "delegation", "investigator"],
    "investigation": ["investigation", "probe", "inquiry"],
    "protest": ["protest", "strike", "demonstration", "boycott"],
    "crime": ["crime", "atrocity", "genocide", "abuse", "massacre", "violation", "torture", "war crime",
              "ethnic cleansing"],
    # context classes for SENSES
    "labour": ["worker", "union", "employee", "teacher", "doctor", "nurse", "driver", "staff", "miner", "pilot",
               "docker", "railway", "student", "general", "labour", "labor", "walkout", "pay", "wage"],
    "crowd": ["protester", "demonstrator", "rioter", "student", "crowd", "activist", "supporter", "youth",
              "mob", "fan", "hooligan", "opposition", "marcher"],
    "military": ["military", "army", "naval", "navy", "air", "troop", "soldier", "force", "war", "live-fire",
                 "missile", "nuclear", "combat", "warship", "tank"],
    "weaponry": ["missile", "rocket", "drone", "shell", "strike", "airstrike", "bomb", "mortar", "artillery",
                 "jet", "warplane", "plane", "aircraft", "helicopter", "tank", "gunman", "gunmen", "militant",
                 "shelling", "attack", "projectile", "grenade", "explosion", "blast", "bullet", "sniper"],
    "abstract": ["policy", "plan", "decision", "remark", "comment", "statement", "proposal", "idea", "approach",
                 "record", "handling", "stance", "position", "claim", "rhetoric", "speech", "report", "law", "bill",
                 "move", "reform", "budget", "program", "programme",
                 "corruption", "poverty", "inflation", "disease", "virus", "climate", "crime", "terrorism",
                 "extremism", "disinformation", "misinformation", "fire", "wildfire", "blaze", "cancer", "hunger",
                 "impunity", "pandemic", "racism", "decline"],
    "police": ["police", "policeman", "officer", "agent", "authority", "security", "prosecutor", "investigator",
               "customs", "gendarme", "detective", "fbi", "interpol"],
    "phone": ["phone", "telephone", "telephonic", "video", "videoconference", "virtual", "zoom"],
    "comment": ["comment"],
    "sport": ["match", "game", "goal", "cup", "league", "championship", "final", "title", "season", "tournament",
              "team", "club", "score", "point", "set", "round", "election", "vote", "poll", "race", "odd", "record"],
    "press": ["press", "news", "media", "journalist", "reporter", "ahead", "charge"],
    "court": ["court", "judge", "tribunal", "jury"],
    "peace": ["peace", "ceasefire", "truce", "nuclear", "trade", "security", "diplomatic", "bilateral",
              "summit", "international", "climate", "donor", "ministerial"],
}

# context rules: trigger lemma -> [(context words or @classes, result)], first match wins; the context is
# the trigger's dependents, its head, its subject's and object's heads and the words next to it
SENSES = {
    "strike": [({"hunger"}, "PROTEST:hunger"), ({"@labour", "nationwide", "call", "union"}, "PROTEST:strike"), ({"@agreement"}, "AGREE"),
               ({"@sport"}, None)],
    "clash": [({"@crowd"}, "PROTEST:riot")],
    "attack": [({"@abstract"}, "ACCUSE:disapprove"), ({"verbal", "verbally", "rhetorical", "heart", "panic"}, None)],
    "protest": [({"formal", "formally", "diplomatic", "note", "lodge", "summon", "ambassador", "envoy", "diplomat",
                  "charge"}, "ACCUSE:disapprove")],
    "block": [({"@police", "barricade"}, "COERCE:restrict"),
              ({"@crowd", "farmer", "driver", "trucker", "striker", "union"}, "PROTEST:obstruct"), ({"website", "site", "account", "internet", "social", "media", "platform", "app", "broadcast",
                "channel", "access", "telegram", "whatsapp", "facebook", "youtube", "tiktok"}, "COERCE:censor"),
              ({"road", "street", "highway", "motorway", "entrance", "traffic", "bridge", "port", "railway", "border",
                "crossing", "@crowd", "farmer", "driver", "trucker"}, "PROTEST:obstruct")],
    "blockade": [({"road", "street", "highway", "motorway", "bridge", "refinery", "depot", "@crowd", "farmer",
                   "driver", "trucker", "fisherman"}, "PROTEST:obstruct")],
    "ban": [({"export", "import", "trade", "flight", "airline", "goods", "purchase", "oil", "gas", "investment",
              "shipment"}, "SANCTION")],
    "vow": [({"revenge", "retaliate", "retaliation", "avenge", "punish", "crush", "destroy", "wipe", "respond",
              "response", "kill", "attack", "fight", "strike", "hit", "reprisal", "vengeance", "sanction", "impose",
              "punish", "price"}, "THREATEN")],
    "withdraw": [({"@diplomat", "peacekeeper", "peacekeeping", "mission", "observer", "monitor", "representative",
                   "delegation", "delegate", "staff"}, "SANCTION:withdraw"),
                 ({"troop", "soldier", "force", "army", "unit", "militia", "fighter"}, "RETREAT:withdraw"), ({"@agreement", "@talks", "membership", "organization",
                                                          "organisation", "@sanction"}, "SANCTION:withdraw"),
                 ({"bill", "law", "plan", "proposal", "decree", "reform", "legislation", "tax", "measure", "charge",
                   "lawsuit", "complaint"}, "CONCEDE"),
                 ({"support", "@aid"}, "SANCTION:discontinue"), ({"candidacy", "bid", "name", "race", "@money"}, None)],
    "raid": [({"@police", "search", "warrant", "tax", "customs", "force", "troop", "soldier", "army"}, "COERCE"),
             ({}, "ASSAULT")],
    "storm": [({"@police"}, "COERCE")],
    "bar": [({"observer", "inspector", "monitor", "investigator", "aid", "peacekeeper", "delegation", "mission"},
             "REJECT:yield"), ({}, "COERCE:restrict")],
    "cut off": [({"internet", "access", "social", "media", "website", "network", "phone", "communication",
                  "telephone", "mobile"}, "COERCE:withhold")],
    "pull out": [({"@agreement", "@talks", "bloc", "alliance", "organisation", "organization", "coalition",
                   "union", "membership", "initiative"}, "SANCTION:withdraw")],
    "arm": [({"with"}, None)],
    "audience": [({"grant", "papal", "private", "royal", "pope", "king", "queen", "emperor"}, "CONSULT:meeting"),
                 ({}, None)],
    "occupy": [({"@crowd"}, "PROTEST:obstruct")],
    "hit": [({"@weaponry"}, "ASSAULT"), ({}, None)],
    "target": [({"@weaponry"}, "ASSAULT"), ({}, None)],
    "destroy": [({"@weaponry", "@military"}, "ASSAULT"), ({}, None)],
    "beat": [({"@sport"}, None)],
    "fight": [({"@abstract"}, None), ({"for"}, None)],
    "battle": [({"@abstract"}, None)],
    "call": [({"strike", "walkout", "@protest"}, "PROTEST:strike"), ({"@phone"}, "CONSULT:phone"), ({"for"}, "REQUEST"), ({"on", "upon"}, "REQUEST"), ({"it", "him", "her", "them"}, None)],
    "speak": [({"@phone"}, "CONSULT:phone")],
    "exchange": [({"@prisoner"}, "RETREAT:release"), ({"@phone"}, "CONSULT:phone"), ({"fire", "shot", "blow",
                  "gunfire"}, "ASSAULT:firearms"), ({"accusation", "insult", "barb"}, "ACCUSE:disapprove"),
                 ({"with"}, "CONSULT"), ({}, None)],
    "talk": [({"@phone"}, "CONSULT:phone")],
    "conversation": [({"@phone"}, "CONSULT:phone")],
    "meeting": [({"@phone"}, "CONSULT:phone")],
    "conference": [({"@press"}, None), ({"@phone"}, "CONSULT:phone")],
    "exercise": [({"joint"}, "COOPERATE:military"), ({"@military"}, "MOBILIZE:troops"), ({}, None)],
    "drill": [({"joint"}, "COOPERATE:military"), ({"@military"}, "MOBILIZE:troops"), ({}, None)],
    "support": [({"@weapon", "military"}, "AID:military"), ({"financial", "economic", "@money"}, "AID:economic"),
                ({"humanitarian"}, "AID:humanitarian")],
    "aid": [({"military"}, "AID:military"), ({"humanitarian"}, "AID:humanitarian"), ({"economic", "financial"}, "AID:economic")],
    "assistance": [({"military"}, "AID:military"), ({"humanitarian"}, "AID:humanitarian"),
                   ({"economic", "financial"}, "AID:economic")],
    "demand": [({"strong", "weak", "weaker", "stronger", "high", "low", "global", "domestic", "consumer", "market",
                 "energy", "oil", "gas", "export", "import", "rising", "falling", "slowing", "slowdown", "drive",
                 "driven", "cite", "surge", "growth", "supply", "price", "sluggish", "robust"}, None)],
    "release": [({"it"}, None), ({"statement", "report", "video", "footage", "figure", "data", "document", "film", "album",
                  "photo", "result", "detail", "list", "budget", "funds", "fund", "image"}, None)],
    "free": [({"trade", "speech", "election", "press", "market"}, None)],
    "deploy": [({"@police"}, "MOBILIZE:police")],
    "mass": [({"@troops"}, "MOBILIZE:troops"), ({}, None)],
    "station": [({"@troops"}, "MOBILIZE:troops"), ({}, None)],
    "patrol": [({"joint"}, "COOPERATE:military")],
    "expel": [({"migrant", "refugee", "people", "family", "resident", "student", "worker", "national",
                "citizen", "foreigner", "journalist", "priest", "nun", "activist", "dissident", "opponent",
                "missionary", "bishop", "critic", "asylum-seeker"}, "COERCE:deport")],
    "charge": [({"with"}, "COERCE:arrest"), ({}, None)],
    "sentence": [({"to", "prison", "jail", "death", "year", "life"}, "COERCE:arrest"), ({}, None)],
    "execute": [({"plan", "order", "strategy", "trade", "transaction", "contract", "program", "programme"}, None)],
    "demonstrate": [({"that", "commitment", "ability", "resolve", "how", "capability", "strength", "support"}, None)],
    "rally": [({"support", "behind", "around"}, "SUPPORT")],
    "march": [({"@troops"}, "MOBILIZE:troops")],
    "torch": [({"@crowd"}, "PROTEST:riot")], "burn": [({"@crowd"}, "PROTEST:riot")],
    "walk out": [({"@labour", "worker", "employee", "staff", "nurse", "teacher", "doctor"}, "PROTEST:strike"),
                 ({"parliament", "session", "chamber", "assembly", "hearing", "debate", "vote", "sitting"},
                  "PROTEST:boycott")],
    "call off": [({"@protest", "walkout"}, "CONCEDE")],
    "defend": [({"@troops", "@military", "city", "position", "border", "territory", "town", "line", "title",
                 "thesis", "seat", "itself", "themselves", "himself", "herself"}, None)],
    "supply": [({"@aid"}, "AID"), ({"@weapon"}, "AID:military")],
    "visit": [({"website", "site", "page"}, None)],
    "arrive": [({"at", "conclusion", "decision"}, None)],
    "alert": [({"high", "highest", "combat", "military", "maximum", "full", "heightened", "@troops"}, "MOBILIZE:troops"),
              ({}, None)],
    "readiness": [({"combat", "military", "@troops"}, "MOBILIZE:troops"), ({}, None)],
    "round": [({"@sport", "first", "second", "final", "runoff", "run-off", "ammunition", "bullet", "shot"}, None)],
    "press": [({"@press", "button", "conference"}, None)],
    "back": [({"down", "off", "away", "up", "out"}, None)],
    "approve": [({"@aid", "@money"}, "AID:economic")],
    "host": [({"event", "show", "party", "festival", "game", "tournament", "concert", "podcast", "olympics"}, None)],
    "receive": [({"call"}, "CONSULT:phone")],
    "deal": [({"blow", "drug", "arms"}, None)],
    "object": [({"@abstract"}, None)],
    "warning": [({"storm", "weather", "flood", "heat", "tsunami", "profit"}, None)],
    "warn": [({"storm", "weather", "flood", "heat", "tsunami"}, None)],
    "decline": [({"@comment"}, None), ({"price", "rate", "number", "share", "sale", "output", "percent"}, None)],
    "threat": [({"terror", "terrorist", "security", "climate", "existential"}, None)],
    "sign": [({"@agreement", "deal", "law", "bill", "order", "decree", "declaration", "letter", "petition"}, "SUPPORT"),
             ({}, None)],
    "offer": [({"condolence", "prayer", "resignation"}, None)],
    "tour": [({"concert", "band"}, None)],
    "fly": [({"flag", "drone", "plane"}, None)],
    "hand over": [({"suspect", "fugitive", "criminal", "drug", "cartel", "wanted", "extradition"}, "COOPERATE:legal"),
                  ({"@prisoner"}, "RETREAT:release")],
    "commit": [({"crime", "atrocity", "abuse", "genocide", "massacre", "violation", "murder", "attack", "fraud",
                 "suicide", "offence", "offense", "war", "act", "terrorism"}, None)],
    "order": [({"leave", "withdraw", "depart", "exit", "expel", "expulsion"}, "SANCTION:expel"),
              ({"evacuation", "arrest", "release", "withdrawal"}, "REQUEST"), ({"@weapon", "to"}, None)],
    "accept": [({"@agreement", "proposal", "plan", "offer", "mediation", "invitation", "deal", "resignation",
                 "condition", "demand", "term", "ceasefire", "truce"}, "AGREE"), ({}, None)],
}

# triggers that need an argument to be events: "place" (a place as object / after a preposition),
# "partner" (an object or a with/to/between partner), "object" (any direct object), "agent" (a subject)
REQUIRES = {
    "travel": "place", "arrive": "place", "fly": "place", "tour": "place",
    "talk": "partner", "speak": "partner", "call": "partner", "host": "object", "receive": "object",
    "free": "object", "release": "object", "back": "object", "press": "partner", "support": "object",
    "hit": "object", "commit": "object", "offer": "object", "appeal": "partner", "order": "object",
    "welcome": "object", "recognize": "object", "recognise": "object", "approve": "object", "round": "anaphor",
    "conversation": "partner", "trip": "place", "audience": "partner", "mass": "object", "station": "object",
}

# verbs whose object, when it is a trigger noun, gives the event: "hold talks", "launch an attack"
# "X received / hosted Y": Y is the visitor (the source of a visit), X the host
HOST_VERBS = ["receive", "host", "welcome"]
# "negotiators from Iran": the participant is where they come from
ORIGIN_PREPS = ["from"]
# "jointly developed", "worked together": cooperation
JOINT_WORDS = ["jointly", "together", "joint", "coordinated"]
# "it" and "they" for organisations and countries: the subject of the clause around them
IT_PRONOUNS = ["it", "they"]
LIGHT_VERBS = ["put", "place", "hold", "have", "conduct", "launch", "carry", "stage", "make", "pay", "mount", "begin", "start",
               "open", "initiate", "engage", "enter", "attend", "join", "organize", "organise", "lead", "host",
               "take", "continue", "resume", "wage", "unleash", "step", "intensify", "escalate", "perform",
               "undertake", "convene", "arrange", "schedule", "plan", "announce", "complete", "conclude", "seal",
               "sign", "reach", "participate", "partake"]
# verbs that say a nominal event happened: "talks took place", "the meeting was held"
# "take part in talks", "participer à une réunion"
LIGHT_PREPS = ["in", "on", "into", "to", "under"]
# "to stop an incursion", "éviter une escalade": the object is not being done by the subject
PREVENT_VERBS = ["prevent", "avoid", "stop", "end", "halt", "oppose", "deter", "thwart", "foil", "condemn", "fear", "risk"]
HAPPEN_VERBS = ["explode", "go off", "detonate", "erupt", "take place", "hold", "happen", "occur", "begin", "start", "end", "conclude", "resume", "continue",
                "erupt", "break out", "get underway", "unfold", "go ahead", "open", "close", "kick off",
                "come", "follow", "last", "run"]
# words that make an event planned (governing verbs, adjectives, auxiliaries)
PLANNED_GOVERNORS = ["plan", "schedule", "expect", "intend", "prepare", "set", "due", "going", "slate", "poise",
                     "aim", "arrange", "agree", "decide", "announce", "will", "shall", "scheduled", "planned",
                     "expected", "upcoming", "forthcoming", "next", "future", "coming", "proposed", "later"]
FUTURE_AUX = ["will", "shall", "'ll", "wo"]
FUTURE_GOVERNORS = ["going", "gonna"]
AUX_FUTURE_LEMMAS: list[str] = []
NEGATING_GOVERNORS = ["fail", "refrain", "stop", "cease"]
HYPOTHETICAL_AUX = ["could", "might", "may", "would", "should", "can", "must", "ought", "'d"]
# "ready to negotiate", "willing to withdraw": a cooperative act offered is AGREE (express intent)
INTENT_GOVERNORS = ["ready", "willing", "prepared", "open", "eager", "keen", "offer", "propose"]
# "after the strike", "amid protests": events in the background of a sentence's main event
BACKGROUND_PREPS = ["after", "following", "amid", "before", "since", "in response to", "in retaliation for",
                    "in the wake of", "despite", "as", "while", "ahead of", "under", "whereas", "prior to"]
# ", a claim Moscow denied", ", a move Kyiv hailed": a reaction set off after the news
REACTION_NOUNS = ["claim", "charge", "allegation", "accusation", "move", "decision", "step", "assertion",
                  "accusations", "announcement"]
# "three days of drills", "a wave of strikes", "the highest level of combat readiness": the event is inside
CONTAINER_NOUNS = ["day", "night", "week", "month", "year", "hour", "wave", "series", "string", "spate", "level",
                   "state", "cycle", "campaign", "weekend"]
# an order by whoever can give it is the act ordered ("ordered the mobilisation of reservists")
ORDER_VERBS = ["order", "decree", "instruct", "direct", "command"]
# "defied a curfew to protest": the purpose is the news
DEFY_VERBS = ["defy", "brave"]
# "..., bowing to protests": the act it hangs from is a concession
YIELD_TRIGGERS = ["bow to", "give in to", "cave in to", "yield", "bow"]
# "at the request of Washington": a request that says how, not what
ADVERBIAL_PREPS = ["at"]
# a warning is a threat only when it carries a penalty or force
WARN_VERBS = ["warn", "caution"]
PUNITIVE_WORDS = ["consequence", "respond", "response", "retaliate", "retaliation", "price", "force", "sanction",
                  "attack", "strike", "war", "countermeasure", "revenge", "action", "prosecution", "prosecute",
                  "punish", "punishment", "arrest", "jail", "prison", "expel", "expulsion", "cut", "suspend", "halt",
                  "freeze", "lose", "tariff", "reprisal", "pay", "destroy", "crush", "hit", "fire", "shoot",
                  "invade", "annex", "measure", "step", "penalty", "ban", "retribution", "wipe", "military"]
# violence by a crowd is a riot ("Protesters stormed parliament")
CROWD_NOUNS = ["protester", "protestor", "demonstrator", "rioter", "crowd", "supporter", "marcher", "youth",
               "hooligan", "student"]
# "in a protest against ...", "during protests": the doer of the clause is the protester
PROTEST_MANNER_PREPS = ["in", "during"]
# "X said Y committed war crimes": an accusation by X
ALLEGATION_VERBS = ["commit", "perpetrate"]
HYPOTHETICAL_GOVERNORS = ["want", "hope", "seek", "try", "attempt", "wish", "consider", "need", "fail",
                          "possible", "potential", "likely", "unlikely", "able", "ready", "willing", "prepared",
                          "mull", "weigh", "contemplate", "envisage", "dream", "struggle", "fear"]
REPORTED_CUES = ["reportedly", "allegedly", "purportedly", "apparently", "supposedly", "reported", "alleged",
                 "purported", "suspected", "believed", "rumoured", "rumored"]
NEGATIONS = ["not", "n't", "never", "no", "without", "neither", "nor", "nobody", "none"]
CONDITIONAL_MARKS = ["if", "unless", "whether", "should", "lest"]
PURPOSE_MARKS = ["to", "for", "in order to", "so that", "aimed at", "with a view to"]
QUESTION_MARKS = ["?"]

# ---------------------------------------------------------------- participants
# prepositions after a trigger: whom it is done with / to ("target"), by whom ("source"), where ("place"),
# and what about ("topic"); "between" gives both sides
TARGET_PREPS = ["with", "against", "on", "to", "at", "into", "toward", "over", "upon", "onto", "from", "across"]
SOURCE_PREPS = ["by"]
BETWEEN_PREPS = ["between", "among", "amongst"]
OF_PREPS = ["of"]
PLACE_ONLY_PREPS = ["in", "near", "inside", "outside", "throughout"]
PLACE_PREPS = ["in", "at", "near", "outside", "inside", "across", "throughout", "to", "into", "on", "from"]
TOPIC_PREPS = ["about", "on", "over", "concerning", "regarding", "of"]
QUANTIFIER_HEADS = ["hundreds", "thousands", "dozens", "scores", "millions", "tens", "group", "number", "handful",
                   "million"]
REFLEXIVE_PRONOUNS: list[str] = []
INCLUDING = ["including", "among them", "such as", "notably", "especially", "like"]
ACCOMPANY_VERBS = ["accompany", "join", "flank"]
AFTER_WORDS = ["after", "later"]
BEFORE_WORDS = ["before", "earlier", "prior"]
# personal pronouns that refer to a person named before
PERSON_PRONOUNS = ["he", "she", "him", "her"]
GROUP_PRONOUNS = ["they", "them"]
RELATIVE_PRONOUNS = ["who", "which", "that", "whom"]
WHERE_WORDS = ["where"]
DETERMINERS = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"]
DEMONSTRATIVES = ["this", "these", "that", "those", "such"]
ANAPHORIC_DETERMINERS = ["the", "this", "these", "that", "those", "such"]
ANAPHORIC_ADJECTIVES = ["new", "another", "next", "further", "fresh", "second", "third", "latest", "fourth",
                        "same", "upcoming", "planned"]
# role nouns: a participant named only by a role ("the US envoy") refers to the person the article
# introduced with it
ROLE_NOUNS = ["envoy", "emissary", "minister", "secretary", "president", "leader", "chief", "head", "premier",
              "chancellor", "ambassador", "diplomat", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
              "prince", "pope", "commander", "general", "governor", "mayor", "senator", "representative",
              "negotiator", "mediator", "counterpart", "chairman", "chairwoman", "director", "ceo", "founder",
              "monarch", "emir", "sultan", "ayatollah", "official", "aide", "adviser", "advisor", "prosecutor",
              "judge", "candidate", "vice-president", "prime", "foreign", "defence", "defense", "interior"]
# role nouns whose holder speaks for an organisation ("a spokesman for the ministry")
SPOKES_NOUNS = ["spokesman", "spokeswoman", "spokesperson", "representative", "press secretary"]
# words that stand for whoever issued them ("according to a statement from the Elysee")
STATEMENT_NOUNS = ["statement", "announcement", "communique", "release", "report", "letter", "post", "tweet",
                   "message", "note", "declaration", "readout", "source", "sources", "spokesman", "spokeswoman",
                   "spokesperson", "official", "officials", "briefing"]
CAPITAL_WORDS = ["capital"]
# heads whose "of X" is not the participant ("a member of X's entourage", "one of the leaders")
PARTITIVE_HEADS = ["member", "one", "part", "some", "many", "most", "several", "few", "aide", "relative", "friend",
                   "source", "entourage", "supporter", "critic", "opponent", "ally", "rest", "majority", "each",
                   "none", "any", "all", "both", "either", "neither", "family", "son", "daughter", "wife", "husband"]
# roles of one holder per country: "the French president" is the one French person the article names
HEAD_OF_STATE_NOUNS = ["president", "leader", "premier", "prime", "chancellor", "king", "queen", "head", "emir",
                       "sultan", "monarch", "ayatollah"]
# nouns for places whose name follows ("the city of Sumy", "the sultanate of Oman", "NATO headquarters in X")
PLACE_NOUNS = ["city", "town", "village", "region", "province", "state", "country", "capital", "sultanate",
               "kingdom", "republic", "emirate", "district", "area", "suburb", "port", "island", "border",
               "outskirts", "centre", "center", "headquarters", "neighbourhood", "neighborhood", "territory",
               "enclave", "strip", "camp", "county", "municipality", "oblast", "governorate", "zone", "coast",
               "part", "south", "north", "east", "west", "palace", "base"]
# "a spokesman for the ministry"
SPOKES_PREPS = ["for", "of", "at"]
# nouns that name groups of people: a subject like "protesters" is kept as a generic actor
GENERIC_ACTORS = ["police", "protester", "demonstrator", "troop", "soldier", "force", "militant", "rebel",
                  "government", "ministry", "army", "military", "authority", "official", "student", "worker",
                  "activist", "gunman", "insurgent", "fighter", "militia", "opposition", "parliament",
                  "lawmaker", "court", "prosecutor", "security", "crowd", "villager", "resident", "settler",
                  "farmer", "union", "party", "regime", "jihadist", "terrorist", "separatist", "junta",
                  "coalition", "ally", "leader", "delegation", "negotiator", "diplomat", "investigator",
                  "navy", "coast guard", "guard", "rioter", "mob", "refugee", "migrant", "civilian", "hostage",
                  "prisoner", "detainee", "journalist", "reporter", "doctor", "teacher", "nurse", "judge",
                  "minister", "president", "cabinet", "senate", "congress", "assembly", "council", "agency",
                  "company", "bank", "group", "organization", "organisation", "administration", "embassy",
                  "side", "party", "camp", "supporter", "critic", "voter",
                  "citizen", "man", "woman", "child", "youth", "officer", "agent", "commander",
                  "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "member", "source",
                  "squad", "unit", "brigade", "battalion", "warplane", "jet", "drone", "missile", "rocket",
                  "bomber", "attacker", "assailant", "suspect", "kidnapper", "pirate", "bandit", "gang",
                  "cartel", "tribe", "clan", "chief", "elder", "cleric", "bishop", "pope", "king", "queen",
                  "prince", "emir", "sultan", "monarch", "dictator", "tribunal", "jury", "board", "committee",
                  "commission", "watchdog", "inspector", "peacekeeper", "mission", "contingent", "family",
                  "relative", "rebel", "representative", "resident", "farmer", "worker", "student", "driver",
                  "trucker", "nurse", "miner", "pilot", "employee", "staff", "demonstrator", "people", "person",
                  "secretary", "chief", "head"]
# subjects that are no actors ("The bomb exploded", "The move angered ...")
NON_ACTORS = ["bomb", "device", "explosion", "blast", "move", "decision", "plan", "law", "bill", "report", "fire",
              "storm", "flood", "earthquake", "quake", "year", "week", "day", "month", "time", "result", "vote",
              "election", "crisis", "war", "conflict", "situation", "issue", "question", "it", "this", "that",
              "measure", "policy", "step", "agreement", "deal", "document", "statement", "letter", "video",
              "image", "footage", "evidence", "investigation", "incident", "violence", "tension", "price", "rate",
              "market", "economy", "missile", "rocket", "shell", "drone", "strike", "airstrike"]
# "X claimed responsibility for the bombing": X did it
CLAIM_VERBS = ["claim"]
CLAIM_OBJECTS = ["responsibility", "credit"]
# "the parties agreed", "both sides": the two sides of the last event that had two
# "the need to continue negotiations": what a noun of need or wish governs did not happen
NEED_NOUNS = ["need", "necessity", "importance", "goal", "aim", "hope", "wish", "prospect", "possibility", "way"]
# plural nouns after a number that are no counted participants ("12 percent", "300 kilometres")
NOT_COUNTED = ["percent", "per", "time", "point", "degree", "kilometre", "kilometer", "mile", "metre", "meter", "vote", "seat", "dollar", "euro", "inhabitant", "resident", "year-old"]
# "since the start of the invasion": history, not news
HISTORY_PREPS = ["since"]
PARTY_NOUNS = ["participant", "party", "side", "delegation", "belligerent", "camp"]
BOTH_WORDS = ["both", "two"]
# "in the past", "regularly": habits, not events
HABITUAL_CUES = ["in the past", "regularly", "often", "usually", "frequently", "routinely"]
# "sanctions over the arrest of a journalist", "arrested for protesting": the reason is not an event of the sentence
REASON_PREPS = ["over", "for", "because of", "in protest at", "in protest against"]

# ---------------------------------------------------------------- quotes
QUOTE_VERBS = ["say", "tell", "state", "declare", "add", "stress", "emphasize", "emphasise", "underline",
               "insist", "note", "explain", "announce", "affirm", "claim", "assert", "argue", "acknowledge",
               "admit", "confirm", "write", "tweet", "post", "remark", "comment", "reply", "respond", "answer",
               "recall", "estimate", "report", "indicate", "suggest", "predict", "reiterate", "maintain",
               "contend", "observe", "point", "caution", "warn", "deny", "concede", "vow", "promise", "pledge",
               "complain", "lament", "admit", "boast", "quip", "conclude"]
# verbs whose object noun phrase is the reported content ("stressed the need to ...")
CONTENT_OBJECT_VERBS = ["stress", "emphasize", "emphasise", "underline", "reiterate", "highlight"]
# "according to X", "X: ..."
ACCORDING_TO = ["according to", "as per", "in the words of"]
# pairs of quotation marks
QUOTE_MARKS = [("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"), ("\u2018", "\u2019")]

# ---------------------------------------------------------------- figures
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "dozens": 24, "hundreds": 200,
                "thousands": 2000, "a thousand": 1000}
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3}
DECIMAL_COMMA = False
CURRENCIES = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "€": "EUR",
              "euro": "EUR", "euros": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP",
              "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "¥": "JPY", "yuan": "CNY", "rouble": "RUB",
              "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
              "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "shekel": "ILS", "shekels": "ILS"}
# "at least", "more than": kept in the figure's text, not in its value
APPROXIMATORS = ["at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to",
                 "roughly", "approximately", "as many as", "fewer than", "less than", "an estimated", "at most"]
# words around a number that make it a death toll / a count of injured
DEAD_WORDS = ["dead", "killed", "kill", "died", "die", "death", "deaths", "fatality", "fatalities", "lives",
              "slain", "perished", "massacred", "executed", "toll", "killing", "bodies", "murdered", "beheaded",
              "behead", "shot dead"]
INJURED_WORDS = ["injured", "injure", "wounded", "wound", "hurt", "injuring", "wounding", "injuries",
                 "casualties", "hospitalized", "hospitalised"]
# nouns for people counted ("35 civilians killed")
PEOPLE_WORDS = ["people", "person", "persons", "civilian", "civilians", "soldier", "soldiers", "child",
                "children", "women", "men", "policemen", "police", "officers", "protesters", "demonstrators",
                "fighters", "militants", "troops", "residents", "villagers", "passengers", "migrants",
                "refugees", "Palestinians", "Israelis", "Ukrainians", "Russians", "others", "pilgrims",
                "students", "workers", "journalists", "members", "of", "them", "whom", "including", "were",
                "was", "have", "been", "had", "are", "being", "be", "reportedly", "reported", "and", "seriously",
                "critically", "badly", "fatally", "left", "leaving", "confirmed"]
# counted nouns reported as figures of kind "quantity"
QUANTITY_NOUNS = ["troop", "soldier", "prisoner", "hostage", "detainee", "missile", "drone", "rocket", "tank",
                  "refugee", "migrant", "protester", "demonstrator", "people", "civilian", "warship", "jet",
                  "shell", "arrest", "person", "child", "family", "home", "house", "building", "village"]

DURATION_UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y",
                  "years": "Y", "hour": "H", "hours": "H"}

# ---------------------------------------------------------------- topics
# lemma -> English topic label; "{place}" is filled with a place named next to the word
TOPICS = {
    "war": "war in {place}", "conflict": "conflict in {place}", "crisis": "crisis in {place}",
    "invasion": "invasion of {place}", "nuclear": "{place} nuclear programme", "ceasefire": "ceasefire",
    "truce": "ceasefire", "hostage": "hostages", "prisoner": "prisoners", "sanction": "sanctions",
    "humanitarian": "humanitarian aid", "famine": "famine", "refugee": "refugees", "migration": "migration",
    "trade": "trade", "tariff": "tariffs", "election": "elections", "climate": "climate", "energy": "energy",
    "gas": "energy", "oil": "energy", "terrorism": "terrorism", "security": "security", "peace": "peace",
    "reconstruction": "reconstruction", "weapon": "weapons", "arm": "weapons", "ammunition": "weapons",
    "defence": "defence", "defense": "defence", "economy": "economy", "economic": "economy",
    "occupation": "occupation", "human right": "human rights", "aid": "aid",
}
