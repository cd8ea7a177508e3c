# heat-twin messages: charts (it)
