namespace Responsibility.Grains.Abstractions.Text;

/// <summary>A brigade's settings as people read them, on the pages and in the audit trail alike.</summary>
public static class OrgText
{
    /// <summary>"北京时间" for the zones China keeps (Asia/Shanghai and its old aliases); any other zone by its name.</summary>
    public static string? TimeZoneName(string? timeZoneId) => timeZoneId switch
    {
        null => null,
        "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Chungking" or "Asia/Harbin" or "PRC" or "China Standard Time" => "北京时间",
        "Asia/Hong_Kong" => "香港时间",
        "Asia/Macau" => "澳门时间",
        "Asia/Taipei" => "台北时间",
        "Asia/Urumqi" => "乌鲁木齐时间",
        "UTC" or "Etc/UTC" => "协调世界时",
        _ => timeZoneId,
    };
}
