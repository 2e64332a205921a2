namespace Responsibility.Storage.Attachments;

/// <summary>The attachment store's statements; portable between SQLite and PostgreSQL.</summary>
internal static class AttachmentSql
{
    private const string Files = SqlDialect.AttachmentsTableName;
    private const string Parts = SqlDialect.AttachmentPartsTableName;

    public const string Columns =
        "id, scope, file_name, content_type, size, sha256, parts, uploaded_by, uploaded_at, owner_kind, owner_id, owner_part, attached_at";

    // A part of a completed upload is never replaced: the row check keeps the stored file equal to its hash.
    public const string WritePart =
        $"INSERT INTO {Parts} (attachment_id, part, data) SELECT @id, @part, @data " +
        $"WHERE NOT EXISTS (SELECT 1 FROM {Files} WHERE id = @id) " +
        "ON CONFLICT (attachment_id, part) DO UPDATE SET data = excluded.data";

    public const string ReadPart = $"SELECT data FROM {Parts} WHERE attachment_id = @id AND part = @part";

    public const string ReadParts = $"SELECT part, data FROM {Parts} WHERE attachment_id = @id ORDER BY part";

    public const string Insert =
        $"INSERT INTO {Files} ({Columns}) VALUES (@id, @scope, @file_name, @content_type, @size, @sha256, @parts, " +
        "@uploaded_by, @uploaded_at, NULL, NULL, NULL, NULL) ON CONFLICT DO NOTHING";

    // One statement reads the uploader's unattached bytes and inserts, so a single writer cannot pass the quota; where
    // writers run side by side their completions take turns first (SqlDialect.UploaderLockSql).
    public const string InsertWithinQuota =
        $"INSERT INTO {Files} ({Columns}) SELECT @id, @scope, @file_name, @content_type, @size, @sha256, @parts, " +
        "@uploaded_by, @uploaded_at, NULL, NULL, NULL, NULL " +
        $"WHERE (SELECT COALESCE(SUM(size), 0) FROM {Files} " +
        "WHERE uploaded_by = @uploaded_by AND owner_kind IS NULL AND uploaded_at >= @unattached_since) + @size <= @quota " +
        "ON CONFLICT DO NOTHING";

    public const string Read = $"SELECT {Columns} FROM {Files} WHERE id = @id";

    public const string Attach =
        $"UPDATE {Files} SET owner_kind = @owner_kind, owner_id = @owner_id, owner_part = @owner_part, attached_at = @attached_at " +
        "WHERE id = @id AND ((owner_kind IS NULL AND uploaded_at >= @unattached_since) OR (owner_kind = @owner_kind AND owner_id = @owner_id))";

    // Parts first, then rows: an expired upload can no longer be attached (Attach), so the rows whose parts go are still
    // there, unattached, for the second statement.
    public const string DeleteExpiredParts =
        $"DELETE FROM {Parts} WHERE attachment_id IN (SELECT id FROM {Files} WHERE owner_kind IS NULL AND uploaded_at < @before)";

    public const string DeleteExpired = $"DELETE FROM {Files} WHERE owner_kind IS NULL AND uploaded_at < @before";

    public const string DeleteOrphanParts =
        $"DELETE FROM {Parts} WHERE attachment_id < @below AND NOT EXISTS (SELECT 1 FROM {Files} WHERE {Files}.id = {Parts}.attachment_id)";

    public const string Discard =
        $"DELETE FROM {Parts} WHERE attachment_id = @id AND NOT EXISTS (SELECT 1 FROM {Files} WHERE id = @id)";
}
