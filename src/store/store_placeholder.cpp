// replaced by the store implementation
