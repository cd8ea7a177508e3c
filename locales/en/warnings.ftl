# heat-twin messages: warnings (en)
