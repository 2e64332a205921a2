using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Responsibility.Storage.Copy;

/// <summary>
/// Reads rows into the values both databases hold alike and hashes them, the same code for either side. Each value
/// is tagged with its kind and text is length-prefixed, so adjacent values cannot run together into the same bytes.
/// </summary>
internal sealed class RowDigest(CopiedTable table) : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long rows;

    public object?[] Read(DbDataReader reader)
    {
        var values = new object?[table.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = table.Columns[i];
            values[i] = column.Nullable && reader.IsDBNull(i) ? null : column.Kind switch
            {
                ColumnKind.Text => reader.GetString(i),
                ColumnKind.Integer or ColumnKind.Int32 => reader.GetInt64(i),
                ColumnKind.Bytes => reader.GetFieldValue<byte[]>(i),
                _ => Microseconds(reader.GetFieldValue<DateTimeOffset>(i)),
            };
        }

        Add(values);
        return values;
    }

    public TableCheck Finish() => new(table.Name, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));

    public void Dispose() => hash.Dispose();

    // PostgreSQL keeps microseconds; updated_at is bookkeeping no reader uses, so the last digit is let go.
    private static DateTimeOffset Microseconds(DateTimeOffset time)
    {
        var utc = time.UtcTicks;
        return new DateTimeOffset(utc - utc % 10, TimeSpan.Zero);
    }

    private void Add(object?[] values)
    {
        Span<byte> number = stackalloc byte[9];
        foreach (var value in values)
        {
            switch (value)
            {
                case string text:
                    var bytes = Encoding.UTF8.GetBytes(text);
                    number[0] = (byte)'T';
                    BinaryPrimitives.WriteInt64LittleEndian(number[1..], bytes.Length);
                    hash.AppendData(number);
                    hash.AppendData(bytes);
                    break;
                case long integer:
                    number[0] = (byte)'I';
                    BinaryPrimitives.WriteInt64LittleEndian(number[1..], integer);
                    hash.AppendData(number);
                    break;
                case DateTimeOffset time:
                    number[0] = (byte)'D';
                    BinaryPrimitives.WriteInt64LittleEndian(number[1..], time.UtcTicks);
                    hash.AppendData(number);
                    break;
                case byte[] data:
                    number[0] = (byte)'B';
                    BinaryPrimitives.WriteInt64LittleEndian(number[1..], data.Length);
                    hash.AppendData(number);
                    hash.AppendData(data);
                    break;
                case null:
                    number[0] = (byte)'N';
                    BinaryPrimitives.WriteInt64LittleEndian(number[1..], 0);
                    hash.AppendData(number);
                    break;
            }
        }

        rows++;
    }
}
