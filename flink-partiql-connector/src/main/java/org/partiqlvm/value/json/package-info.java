/**
 * JSON codec of the data model over Jackson's streaming API: {@link
 * org.partiqlvm.value.json.JsonValueReader} (JSON → values, fractional numbers as exact DECIMAL by
 * default) and {@link org.partiqlvm.value.json.JsonValueWriter} (values → JSON, following Ion's
 * down-conversion rules). Malformed input raises {@link org.partiqlvm.value.ValueDecodeException}.
 *
 * <p>Imports only {@code org.partiqlvm.value} of ours, and jackson-core.
 */
package org.partiqlvm.value.json;
