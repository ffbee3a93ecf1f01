"""English words the discrepancies stage reads around figures, and the portfolios of canonical role titles."""

# "at least 35": the true number is 35 or more
LOWER_BOUND = ["at least", "more than", "over", "upwards of", "no fewer than", "not less than", "in excess of",
               "at a minimum"]
# "up to 40": 40 or fewer
UPPER_BOUND = ["up to", "fewer than", "less than", "at most", "no more than", "under", "as many as"]
# "about 40": near 40
APPROXIMATE = ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "an estimated",
               "close to", "estimated"]

# Canonical role titles (English, as entity linking writes them): which portfolio a minister's title names.
PORTFOLIOS = {
    "foreign": ["foreign", "foreign affairs", "secretary of state", "europe and foreign affairs", "external affairs"],
    "defence": ["defence", "defense", "armed forces", "war"],
    "interior": ["interior", "home affairs", "home secretary", "home office"],
    "finance": ["finance", "economy", "treasury", "chancellor of the exchequer", "budget"],
    "justice": ["justice", "attorney general"],
    "health": ["health"],
    "education": ["education"],
    "agriculture": ["agriculture"],
    "energy": ["energy"],
    "environment": ["environment", "ecology", "climate"],
    "trade": ["trade", "commerce"],
    "labour": ["labour", "labor", "employment"],
    "transport": ["transport", "transportation"],
    "culture": ["culture"],
}
# Offices one person does not hold at once, in one country.
EXCLUSIVE_OFFICES = ["president", "prime minister", "chancellor", "king", "queen"]
