"""French words the discrepancies stage reads around figures."""

LOWER_BOUND = ["au moins", "plus de", "pas moins de", "au minimum", "plus d'", "au-delà de"]
UPPER_BOUND = ["jusqu'à", "moins de", "au plus", "au maximum", "pas plus de", "moins d'"]
APPROXIMATE = ["environ", "près de", "presque", "quelque", "autour de", "une estimation de", "approximativement",
               "à peu près", "près d'", "quasiment"]
