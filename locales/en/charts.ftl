# heat-twin messages: charts (en)
