# heat-twin messages: plant (it)
