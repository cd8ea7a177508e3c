# heat-twin messages: plant (en)
