@orphan
