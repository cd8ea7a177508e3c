# heat-twin messages: warnings (it)
