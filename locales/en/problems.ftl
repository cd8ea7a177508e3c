# heat-twin messages: problems (en)
