# heat-twin messages: compare (en)
