using System.Data.Common;

namespace Responsibility.Storage;

/// <summary>Runs writing statements one at a time when the database allows a single writer.</summary>
internal sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim? _turn = serialize ? new SemaphoreSlim(1, 1) : null;

    public Task<int> ExecuteAsync(DbCommand command) => RunAsync(() => command.ExecuteNonQueryAsync());

    /// <summary>Runs <paramref name="work"/> (e.g. a transaction of several statements) in the writers' turn.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (_turn is null)
        {
            return await work();
        }
        await _turn.WaitAsync();
        try
        {
            return await work();
        }
        finally
        {
            _turn.Release();
        }
    }
}
