"""German words the discrepancies stage reads around figures."""

LOWER_BOUND = ["mindestens", "mehr als", "über", "wenigstens", "nicht weniger als"]
UPPER_BOUND = ["bis zu", "weniger als", "höchstens", "nicht mehr als"]
APPROXIMATE = ["etwa", "rund", "fast", "beinahe", "ungefähr", "circa", "knapp", "annähernd"]
