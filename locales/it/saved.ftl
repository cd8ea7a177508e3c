# heat-twin messages: saved (it)
