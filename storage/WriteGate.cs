using System.Data.Common;

namespace Responsibility.Storage;

/// <summary>Runs writing statements one at a time when the database allows a single writer.</summary>
internal sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim? _turn = serialize ? new SemaphoreSlim(1, 1) : null;

    public async Task<int> ExecuteAsync(DbCommand command)
    {
        if (_turn is null)
        {
            return await command.ExecuteNonQueryAsync();
        }
        await _turn.WaitAsync();
        try
        {
            return await command.ExecuteNonQueryAsync();
        }
        finally
        {
            _turn.Release();
        }
    }
}
