/** Values worked out once and kept: the layout of a width, a transcript's search index, a sidebar's rows. */

type Cache<K, V> = {get(key: K): V | undefined; set(key: K, value: V): unknown};

/** The value `cache` keeps for `key`, made (and kept) the first time it is asked for. */
export function cachedIn<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		value = make();
		cache.set(key, value);
	}

	return value;
}
