"""Language processing backends: named-entity recognisers."""
