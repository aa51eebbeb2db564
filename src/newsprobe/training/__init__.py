"""Training code shared by the scripts that build the package's shipped models (beside the
product: nothing at run time imports it)."""
