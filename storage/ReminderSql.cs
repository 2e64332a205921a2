namespace Responsibility.Storage;

/// <summary>Reminder statements; portable between SQLite (3.24+) and PostgreSQL (9.5+).</summary>
internal static class ReminderSql
{
    private const string Table = SqlDialect.RemindersTableName;
    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, etag";

    public const string SelectByGrain =
        $"SELECT {Columns} FROM {Table} WHERE service_id = @service_id AND grain_id = @grain_id";

    public const string SelectOne =
        $"SELECT {Columns} FROM {Table} " +
        "WHERE service_id = @service_id AND grain_id = @grain_id AND reminder_name = @reminder_name";

    // The ring range is (begin, end]; when begin >= end it wraps past uint.MaxValue back to zero.
    public const string SelectHashRange =
        $"SELECT {Columns} FROM {Table} " +
        "WHERE service_id = @service_id AND grain_hash > @begin AND grain_hash <= @end";

    public const string SelectHashWrapped =
        $"SELECT {Columns} FROM {Table} " +
        "WHERE service_id = @service_id AND (grain_hash > @begin OR grain_hash <= @end)";

    public const string Upsert =
        $"INSERT INTO {Table} (service_id, grain_id, reminder_name, grain_hash, start_at_ticks, period_ticks, etag) " +
        "VALUES (@service_id, @grain_id, @reminder_name, @grain_hash, @start_at_ticks, @period_ticks, @etag) " +
        "ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET grain_hash = excluded.grain_hash, " +
        "start_at_ticks = excluded.start_at_ticks, period_ticks = excluded.period_ticks, etag = excluded.etag";

    public const string Delete =
        $"DELETE FROM {Table} " +
        "WHERE service_id = @service_id AND grain_id = @grain_id AND reminder_name = @reminder_name AND etag = @etag";

    public const string DeleteAll = $"DELETE FROM {Table} WHERE service_id = @service_id";

    public const string Adopt =
        $"UPDATE {Table} SET service_id = @service_id WHERE service_id = @earlier_service_id AND NOT EXISTS (" +
        $"SELECT 1 FROM {Table} AS taken WHERE taken.service_id = @service_id AND taken.grain_id = {Table}.grain_id " +
        $"AND taken.reminder_name = {Table}.reminder_name)";
}
