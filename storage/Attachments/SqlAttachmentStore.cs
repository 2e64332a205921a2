namespace Responsibility.Storage.Attachments;

using System.Data.Common;
using System.Security.Cryptography;
using Orleans;
using Orleans.Runtime;
using Responsibility.Storage.Events;

/// <summary>The attachment store over one SQL database; its tables are created at silo start or before first use.</summary>
public sealed class SqlAttachmentStore : IAttachmentStore, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly SqlDialect dialect;
    private readonly string connectionString;
    private readonly SchemaGate schema;
    private readonly WriteGate writes;

    public SqlAttachmentStore(SqlDialect dialect, string connectionString)
    {
        this.dialect = dialect;
        this.connectionString = connectionString;
        schema = new SchemaGate(dialect, connectionString, dialect.CreateAttachmentTablesSql);
        writes = new WriteGate(dialect.SingleWriter);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SqlAttachmentStore), ServiceLifecycleStage.ApplicationServices, schema.EnsureAsync);

    public async Task WritePartAsync(string attachmentId, int index, byte[] data, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, AttachmentSql.WritePart, ("@id", attachmentId), ("@part", index), ("@data", data));
        if (await writes.ExecuteAsync(command) == 0)
        {
            throw new InvalidOperationException($"Attachment {attachmentId} is complete; its parts no longer change.");
        }
    }

    public async Task<byte[]?> ReadPartAsync(string attachmentId, int index, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, AttachmentSql.ReadPart, ("@id", attachmentId), ("@part", index));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    public async Task<PartsDigest?> DigestAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, AttachmentSql.ReadParts, ("@id", attachmentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var (parts, size) = (0, 0L);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt32(0) != parts)
            {
                return null;
            }

            var data = reader.GetFieldValue<byte[]>(1);
            hash.AppendData(data);
            (parts, size) = (parts + 1, size + data.Length);
        }

        return new PartsDigest(parts, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public async Task<bool> CompleteAsync(StoredAttachment a, UploadQuota? quota = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await writes.RunAsync(async () =>
        {
            await using var transaction = dialect.BeginWrite(connection);
            if (quota is not null && dialect.UploaderLockSql is { } lockSql)
            {
                await using var turn = Command(connection, lockSql, ("@uploaded_by", a.UploadedBy));
                turn.Transaction = transaction;
                await turn.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var insert = Command(
                connection, quota is null ? AttachmentSql.Insert : AttachmentSql.InsertWithinQuota, ("@id", a.Id), ("@scope", a.Scope),
                ("@file_name", a.FileName), ("@content_type", a.ContentType), ("@size", a.Size), ("@sha256", a.Sha256),
                ("@parts", a.Parts), ("@uploaded_by", a.UploadedBy), ("@uploaded_at", EventTimes.Write(a.UploadedAt)));
            if (quota is not null)
            {
                insert.AddParameter("@quota", quota.Bytes);
                insert.AddParameter("@unattached_since", EventTimes.Write(quota.UnattachedSince));
            }

            insert.Transaction = transaction;
            var recorded = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            await transaction.CommitAsync(cancellationToken);
            return recorded;
        });
    }

    public async Task<StoredAttachment?> ReadAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, AttachmentSql.Read, ("@id", attachmentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var link = reader.IsDBNull(9) ? null : new AttachmentLink(
            reader.GetString(9), reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11), EventTimes.Read(reader.GetString(12)));
        return new StoredAttachment(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4),
            reader.GetString(5), reader.GetInt32(6), reader.GetString(7), EventTimes.Read(reader.GetString(8)), link);
    }

    public async Task<bool> AttachAsync(
        string attachmentId, AttachmentLink link, DateTimeOffset? unattachedSince = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection, AttachmentSql.Attach, ("@id", attachmentId), ("@owner_kind", link.OwnerKind), ("@owner_id", link.OwnerId),
            ("@owner_part", link.OwnerPart), ("@attached_at", EventTimes.Write(link.AttachedAt)),
            ("@unattached_since", EventTimes.Write(unattachedSince ?? DateTimeOffset.MinValue)));
        return await writes.ExecuteAsync(command) == 1;
    }

    public async Task DiscardAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, AttachmentSql.Discard, ("@id", attachmentId));
        await writes.ExecuteAsync(command);
    }

    public async Task<AttachmentSweep> SweepAsync(
        DateTimeOffset unattachedBefore, string orphansBelow, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await writes.RunAsync(async () =>
        {
            await using var transaction = dialect.BeginWrite(connection);
            var before = ("@before", (object?)EventTimes.Write(unattachedBefore));
            await Execute(connection, transaction, AttachmentSql.DeleteExpiredParts, before);
            var files = await Execute(connection, transaction, AttachmentSql.DeleteExpired, before);
            var orphans = await Execute(connection, transaction, AttachmentSql.DeleteOrphanParts, ("@below", orphansBelow));
            await transaction.CommitAsync(cancellationToken);
            return new AttachmentSweep(files, orphans);
        });

        async Task<int> Execute(DbConnection connection, DbTransaction transaction, string sql, (string, object?) parameter)
        {
            await using var command = Command(connection, sql, parameter);
            command.Transaction = transaction;
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        return await dialect.OpenAsync(connectionString, cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        return command;
    }
}
