package org.partiqlvm.flink.table;

import java.util.Set;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.table.connector.format.DecodingFormat;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DeserializationFormatFactory;
import org.apache.flink.table.factories.DynamicTableFactory;
import org.apache.flink.table.factories.FactoryUtil;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The {@code partiql-json} format: each message is a JSON value, a PartiQL statement turns it into
 * 0..n rows, and the table's declared columns take the statement's columns of the same name,
 * converted to the declared types.
 *
 * <pre>{@code
 * CREATE TABLE order_lines (id BIGINT, sku STRING, qty INT) WITH (
 *   'connector' = 'filesystem', 'path' = '/data/orders', 'format' = 'partiql-json',
 *   'partiql-json.query' = 'SELECT o.id, l.sku, l.qty FROM stream AS o, o.lines AS l WHERE l.qty > 0',
 *   'partiql-json.on-error' = 'dead-letter',
 *   'partiql-json.dead-letter.path' = '/data/orders-dead-letters');
 * }</pre>
 *
 * <p>Options ({@link PartiQLOptions}, with the {@code partiql-json.} prefix): {@code query}
 * (required), {@code mode}, {@code on-error} ({@code fail}, the default, {@code skip} or {@code
 * dead-letter}), {@code dead-letter.path}, {@code max-rows-per-record}, {@code query-id}, {@code
 * stream-name}. The statement is compiled when the table is planned: a bad statement, or a declared
 * column that is none of the statement's columns, fails there.
 */
@PublicEvolving
public final class PartiQLJsonFormatFactory implements DeserializationFormatFactory {

    /** The format's name in {@code 'format' = 'partiql-json'}. */
    public static final String IDENTIFIER = "partiql-json";

    @Override
    public DecodingFormat<DeserializationSchema<RowData>> createDecodingFormat(
            DynamicTableFactory.Context context, ReadableConfig formatOptions) {
        FactoryUtil.validateFactoryOptions(this, formatOptions);
        SqlStatement statement =
                SqlStatement.compile(
                        formatOptions.get(PartiQLOptions.QUERY),
                        formatOptions,
                        BadRecordPolicy.FAIL);
        PartiQLJsonDecodingFormat format = new PartiQLJsonDecodingFormat(statement);
        format.codecFor(context.getPhysicalRowDataType()); // unmatched columns fail here
        return format;
    }

    @Override
    public String factoryIdentifier() {
        return IDENTIFIER;
    }

    @Override
    public Set<ConfigOption<?>> requiredOptions() {
        return Set.of(PartiQLOptions.QUERY);
    }

    @Override
    public Set<ConfigOption<?>> optionalOptions() {
        return PartiQLOptions.optionalFormatOptions();
    }
}
