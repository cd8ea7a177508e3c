# heat-twin messages: saved (en)
