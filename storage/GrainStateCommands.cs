using System.Data.Common;
using Orleans.Runtime;

namespace Responsibility.Storage;

internal static class GrainStateCommands
{
    public static DbCommand CreateCommand(this DbConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("@state_name", stateName);
        command.AddParameter("@grain_id", grainId.ToString());
        return command;
    }

    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static async Task<string?> ReadETagAsync(
        this DbConnection connection, string sql, string stateName, GrainId grainId)
    {
        await using var command = connection.CreateCommand(sql, stateName, grainId);
        return await command.ExecuteScalarAsync() as string;
    }
}
