namespace Responsibility.Storage.Events;

using System.Data.Common;
using System.Threading.Channels;

/// <summary>
/// The single writer of the event log. Appends that arrive together — from any number of grains — are written in
/// one transaction with one fsync; a conflict refuses only its own append, and shows before that append writes
/// anything, so nothing needs undoing. Each caller is answered after the commit; when the commit fails, every append
/// of the batch fails and nothing of it is stored. Runs on a thread of its own: the ADO.NET calls are synchronous
/// (Microsoft.Data.Sqlite's async ones are). The commit's fsync is most of a batch's time, so each append costs as
/// few statements as it can: its events and its derived rows.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    public const int MaxBatch = 512;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(16 * MaxBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly SqlDialect dialect;
    private readonly string connectionString;
    private readonly EventSql sql;
    private readonly Action ensureSchema;
    private readonly Thread writer;
    private Writer? open;
    private long commits;

    public GroupCommit(SqlDialect dialect, string connectionString, EventSql sql, Action ensureSchema)
    {
        this.dialect = dialect;
        this.connectionString = connectionString;
        this.sql = sql;
        this.ensureSchema = ensureSchema;
        writer = new Thread(Run) { IsBackground = true, Name = "event-log-writer" };
        writer.Start();
    }

    /// <summary>How many transactions have committed (for metrics and tests: fewer than appends when they group).</summary>
    public long Commits => Interlocked.Read(ref commits);

    public async Task<bool> Enqueue(StreamAppend append, CancellationToken cancellationToken)
    {
        var pending = new Pending(append, null, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task;
    }

    /// <summary>Writes imported streams and removes the state rows they replace, in a transaction of its own.</summary>
    public async Task Import(IReadOnlyList<StreamAppend> streams, IReadOnlyList<RetiredState> retired, CancellationToken cancellationToken)
    {
        var pending = new Pending(null, (writer, transaction) => writer.Import(streams, retired, transaction),
            new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Done.Task;
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.Join(TimeSpan.FromSeconds(30));
        open?.Dispose();
    }

    private void Run()
    {
        var batch = new List<Pending>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryPeek(out var next) && (next.Work is null || batch.Count == 0))
            {
                queue.Reader.TryRead(out var pending);
                batch.Add(pending!);
                if (pending!.Work is not null)
                {
                    break;
                }
            }

            try
            {
                var results = Commit(batch);
                Interlocked.Increment(ref commits);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                // The transaction rolled back: no append of this batch was stored, and every caller hears so.
                open?.Dispose();
                open = null;
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(new EventStoreException("The event log could not commit a batch of appends.", e));
                }
            }
        }
    }

    private bool[] Commit(List<Pending> batch)
    {
        var w = open ??= Writer.Open(dialect, connectionString, sql, ensureSchema);
        var results = new bool[batch.Count];
        using var transaction = dialect.BeginWrite(w.Connection);
        w.Enlist(transaction);
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Work is { } work)
            {
                work(w, transaction);
                results[i] = true;
            }
            else
            {
                results[i] = w.Append(batch[i].Append!);
            }
        }

        transaction.Commit();
        return results;
    }

    private sealed record Pending(StreamAppend? Append, Action<Writer, DbTransaction>? Work, TaskCompletionSource<bool> Done);

    /// <summary>The writer's connection and its prepared statements, reused from batch to batch.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly DbCommand insertNext;
        private readonly DbCommand insert;
        private readonly DbCommand exists;
        private readonly DbCommand snapshot;
        private readonly DbCommand summary;
        private readonly string? importLock;

        private Writer(DbConnection connection, EventSql sql)
        {
            Connection = connection;
            importLock = sql.ImportLock;
            insertNext = Command(sql.InsertNext, "@stream_id", "@sequence", "@scope", "@kind", "@payload", "@actor", "@recorded_at", "@expected");
            insert = Command(sql.Insert, "@stream_id", "@sequence", "@scope", "@kind", "@payload", "@actor", "@recorded_at");
            exists = Command(sql.Exists, "@stream_id", "@sequence");
            snapshot = Command(sql.UpsertSnapshot, "@stream_id", "@version", "@payload");
            summary = Command(sql.UpsertSummary, "@stream_id", "@scope", "@version", "@payload");
        }

        public DbConnection Connection { get; }

        /// <summary>
        /// Writes the streams that do not exist yet and deletes the retired state rows. Their events go in in the order
        /// they happened across all streams, so positions (the audit trail's order) follow time as for live appends.
        /// </summary>
        public void Import(IReadOnlyList<StreamAppend> streams, IReadOnlyList<RetiredState> retired, DbTransaction transaction)
        {
            if (importLock is not null)
            {
                using var wait = Connection.CreateCommand();
                wait.Transaction = transaction;
                wait.CommandText = importLock;
                wait.ExecuteNonQuery();
            }

            var fresh = streams.Where(s => !Exists(s.StreamId, 1)).ToList();
            var rows = fresh
                .SelectMany(s => s.Events.Select((e, i) => (Stream: s, Sequence: i + 1L, Event: e)))
                .OrderBy(r => r.Event.RecordedAt);
            foreach (var (stream, sequence, e) in rows)
            {
                Set(insert, stream.StreamId, sequence, stream.Scope, e.Kind, e.Payload, e.Actor, EventTimes.Write(e.RecordedAt));
                if (insert.ExecuteNonQuery() == 0)
                {
                    throw new InvalidOperationException($"Stream {stream.StreamId} already has event {sequence}.");
                }
            }

            foreach (var stream in fresh)
            {
                WriteDerived(stream);
            }

            using var delete = Connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {SqlDialect.TableName} WHERE state_name = @state_name AND grain_id = @grain_id";
            delete.AddParameter("@state_name", "");
            delete.AddParameter("@grain_id", "");
            foreach (var row in retired)
            {
                delete.Parameters[0].Value = row.StateName;
                delete.Parameters[1].Value = row.GrainId;
                delete.ExecuteNonQuery();
            }
        }

        public static Writer Open(SqlDialect dialect, string connectionString, EventSql sql, Action ensureSchema)
        {
            ensureSchema();
            return new Writer(dialect.OpenAsync(connectionString).GetAwaiter().GetResult(), sql);
        }

        public void Enlist(DbTransaction transaction)
        {
            foreach (var command in new[] { insertNext, insert, exists, snapshot, summary })
            {
                command.Transaction = transaction;
            }
        }

        /// <summary>Writes one append inside the open transaction; false (and nothing of it written) on a conflict.</summary>
        public bool Append(StreamAppend append) => TryAppend(append);

        public void Dispose() => Connection.Dispose();

        private bool TryAppend(StreamAppend append)
        {
            var sequence = append.ExpectedVersion;
            foreach (var e in append.Events)
            {
                var first = sequence == append.ExpectedVersion;
                var command = first ? insertNext : insert;
                Set(command, append.StreamId, ++sequence, append.Scope, e.Kind, e.Payload, e.Actor, EventTimes.Write(e.RecordedAt));
                if (first)
                {
                    command.Parameters[7].Value = append.ExpectedVersion;
                }

                if (command.ExecuteNonQuery() == 0)
                {
                    // The stream is not at the expected version, or its next sequence is taken: nothing of this append
                    // was written. Later events cannot collide (streams have no gaps); if one does, the batch fails.
                    return first ? false : throw new InvalidOperationException($"Stream {append.StreamId} has a gap at {sequence}.");
                }
            }

            WriteDerived(append);
            return true;
        }

        private void WriteDerived(StreamAppend append)
        {
            if (append.Snapshot is { } s)
            {
                Set(snapshot, append.StreamId, s.Version, s.Payload);
                snapshot.ExecuteNonQuery();
            }

            if (append.Summary is { } m)
            {
                Set(summary, append.StreamId, append.Scope, m.Version, m.Payload);
                summary.ExecuteNonQuery();
            }
        }

        private bool Exists(string streamId, long sequence)
        {
            Set(exists, streamId, sequence);
            return exists.ExecuteScalar() is not null;
        }

        private DbCommand Command(string text, params string[] parameters)
        {
            var command = Connection.CreateCommand();
            command.CommandText = text;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private static void Set(DbCommand command, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }
        }
    }
}
