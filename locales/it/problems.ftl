# heat-twin messages: problems (it)
