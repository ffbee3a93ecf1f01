"""Spanish words the discrepancies stage reads around figures."""

LOWER_BOUND = ["al menos", "más de", "por lo menos", "no menos de", "como mínimo"]
UPPER_BOUND = ["hasta", "menos de", "como máximo", "no más de"]
APPROXIMATE = ["unos", "unas", "cerca de", "casi", "alrededor de", "aproximadamente", "en torno a", "aproximadamente"]
