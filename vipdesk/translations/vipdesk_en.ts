<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>vipdesk</name>
    <message>
        <location filename="../model/calendar.py" line="110"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/calendar.py" line="120"/>
        <source>{lunar}(公历 {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/calendar.py" line="122"/>
        <source>{solar}(农历 {lunar})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="153"/>
        <source>未知的字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="156"/>
        <source>有两列对应同一字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="160"/>
        <source>没有找到这一列,请在列对应中指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="166"/>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="167"/>
        <location filename="../model/importing/runner.py" line="263"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="100"/>
        <source>无法识别的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="106"/>
        <source>年份超出范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="114"/>
        <source>月份应在 1–12 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="117"/>
        <source>日期不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="167"/>
        <source>无法识别的农历日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="174"/>
        <source>农历月份应在 1–12 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="176"/>
        <location filename="../model/members.py" line="74"/>
        <source>农历日期应在初一到三十之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="183"/>
        <source>该年没有这个闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="185"/>
        <source>该农历月没有这一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="197"/>
        <source>Excel 日期序号超出范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="227"/>
        <source>日期为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="279"/>
        <source>时间不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="284"/>
        <source>需要完整的公历日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="305"/>
        <source>性别应为男或女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="348"/>
        <source>无法识别的金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="348"/>
        <source>金额为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="350"/>
        <source>金额最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="353"/>
        <location filename="../model/members.py" line="286"/>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="355"/>
        <source>金额过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="369"/>
        <source>无法识别的积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="369"/>
        <source>积分为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="371"/>
        <source>积分应为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="374"/>
        <source>积分不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="376"/>
        <source>积分过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="384"/>
        <source>无法识别的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="384"/>
        <source>数字为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="386"/>
        <source>应为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="389"/>
        <source>不能小于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="400"/>
        <location filename="../model/importing/parse.py" line="402"/>
        <source>无法识别的折扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="404"/>
        <source>折扣为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="431"/>
        <source>折扣应在 0 到 1 之间(不打折为 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="454"/>
        <source>内容过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="464"/>
        <source>邮箱格式不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="89"/>
        <source>问题明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="98"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="98"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="98"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="98"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="98"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="112"/>
        <source>汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="133"/>
        <source>导入报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="113"/>
        <source>必填项为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="198"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="199"/>
        <source>读取行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="200"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="201"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="202"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="203"/>
        <source>未导入(有问题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="204"/>
        <location filename="../model/members.py" line="337"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="204"/>
        <source>已写入数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="205"/>
        <source>预览,未写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="205"/>
        <source>有问题行,未写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="268"/>
        <source>未识别的列,内容记入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="283"/>
        <source>此行无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="314"/>
        <source>无法保存导入报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="44"/>
        <source>导入已取消,没有写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="98"/>
        <source>无法识别文件编码,请指定编码(如 GBK 或 UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="238"/>
        <location filename="../model/importing/tabular.py" line="385"/>
        <source>文件编码不对,请指定编码(如 GBK 或 UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="258"/>
        <source>无法打开 Excel 文件,文件可能已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="274"/>
        <source>文件是空的,没有找到表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="325"/>
        <source>没有找到表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="338"/>
        <source>文件不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="346"/>
        <source>不支持旧版 .xls 文件,请在 Excel/WPS 中另存为 .xlsx 或 .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="347"/>
        <source>只支持 .xlsx 和 .csv 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="355"/>
        <source>找不到工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="378"/>
        <source>未知的编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="22"/>
        <source>消费积分 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="24"/>
        <source>消费后积分达到升级标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="35"/>
        <source>退货扣回积分 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="25"/>
        <source>积分不足:当前 {balance} 分,需要 {need} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="71"/>
        <source>月份应在 1 到 12 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="79"/>
        <source>不存在的日期:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="82"/>
        <source>出生年份不合理:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="84"/>
        <source>生日不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="90"/>
        <source>内容太长(最多 {n} 字)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="99"/>
        <location filename="../model/staff.py" line="21"/>
        <location filename="../model/staff.py" line="26"/>
        <location filename="../model/staff.py" line="36"/>
        <location filename="../model/staff.py" line="39"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="99"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="103"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="109"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="109"/>
        <source>性别只能是男或女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="114"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="114"/>
        <source>邮箱格式不对:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="118"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="127"/>
        <source>专属导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="127"/>
        <location filename="../model/sales.py" line="119"/>
        <source>没有这位导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="132"/>
        <location filename="../model/members.py" line="134"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="132"/>
        <source>介绍人不能是本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="134"/>
        <source>没有这位会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="138"/>
        <source>入会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="138"/>
        <source>日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="182"/>
        <location filename="../model/members.py" line="210"/>
        <source>手机号 {phone} 已是会员 {name} 的号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="220"/>
        <location filename="../model/sales.py" line="83"/>
        <source>找不到会员 #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="233"/>
        <source>找不到会员:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="243"/>
        <source>孩子姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="243"/>
        <source>请填写孩子姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="244"/>
        <source>孩子生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="264"/>
        <location filename="../model/members.py" line="267"/>
        <source>纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="284"/>
        <location filename="../model/members.py" line="291"/>
        <source>卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="284"/>
        <source>卡号应为 3–20 位数字或字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="286"/>
        <source>售卡金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="291"/>
        <source>卡号已被使用:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="305"/>
        <source>卡状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="305"/>
        <source>未知状态:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="333"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="333"/>
        <source>未知联系方式:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="335"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="335"/>
        <source>满意度应为 1 到 5 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/members.py" line="337"/>
        <source>请填写联系结果或备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrations.py" line="31"/>
        <source>此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/phone.py" line="29"/>
        <source>请填写手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/phone.py" line="35"/>
        <source>手机号只能包含数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/phone.py" line="37"/>
        <source>手机号应为以 1 开头的 11 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/phone.py" line="62"/>
        <location filename="../model/phone.py" line="67"/>
        <source>无法识别的电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="132"/>
        <source>备份文件检查未通过:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="137"/>
        <source>备份文件无法打开:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="191"/>
        <source>找不到数据库文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="193"/>
        <source>目标文件已存在,不会覆盖:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="198"/>
        <source>备份失败:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="311"/>
        <source>恢复后的数据库检查未通过:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="333"/>
        <source>找不到备份文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="335"/>
        <source>备份文件就是当前数据库,无需恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="364"/>
        <source>无法把备份写入数据库文件({detail})。原数据库已保存为 {saved},请联系技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="422"/>
        <source>找不到所选文件夹:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="459"/>
        <location filename="../model/safety/backup.py" line="461"/>
        <location filename="../model/safety/backup.py" line="504"/>
        <source>这个文件夹里没有有效的会员管家副本:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="464"/>
        <source>副本中缺少数据库文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="466"/>
        <source>副本文件已损坏(校验值不符),请重新复制:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="104"/>
        <source>还没有数据库文件,将新建一个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="106"/>
        <source>数据库路径是一个文件夹,不是数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="112"/>
        <source>数据库文件是空的(0 字节),可能被截断。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="127"/>
        <source>数据库文件已损坏(完整性检查未通过)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="132"/>
        <source>此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。将以只读方式打开,请升级会员管家后再修改数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="136"/>
        <source>数据库检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="143"/>
        <source>这个文件不是会员管家的数据库(文件内容已被覆盖或不是数据库)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="145"/>
        <source>数据库文件已损坏(部分内容被破坏或文件被截断)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="147"/>
        <source>无法读取数据库文件(可能被其他程序占用或没有权限)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="148"/>
        <source>数据库文件无法正常读取,视为已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/location.py" line="112"/>
        <source>数据库文件不能放在网络共享位置({where})。多台电脑同时通过网络打开同一个数据库文件会损坏数据。请把数据库放在本机硬盘上(默认位置即可);需要在另一台电脑使用时,请用“复制到U盘/新电脑”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/location.py" line="128"/>
        <source>数据库文件不能放在云同步文件夹({service})里:同步软件会在数据库写入时复制或覆盖文件,导致会员数据损坏或丢失。请把数据库放在本机的普通文件夹(默认位置即可),备份可以另外复制到云盘。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/lock.py" line="29"/>
        <source>(进程号 {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/lock.py" line="31"/>
        <source>会员管家已经在运行{who},正在使用数据库 {path}。同一个数据库只能由一个会员管家打开,请切换到已打开的窗口,或先关闭它再启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="40"/>
        <source>密码错误次数过多,请 {n} 秒后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="46"/>
        <location filename="../model/safety/pin.py" line="49"/>
        <location filename="../model/safety/pin.py" line="52"/>
        <source>店长密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="46"/>
        <source>只能由数字组成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="49"/>
        <source>长度须为 {lo}–{hi} 位数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="52"/>
        <source>太容易被猜到(如 1111、1234),请换一个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="64"/>
        <source>第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="66"/>
        <source>款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="66"/>
        <source>请填写款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="68"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="68"/>
        <source>单价不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="70"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="70"/>
        <source>数量必须是正整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="72"/>
        <source>折扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="72"/>
        <source>折扣应在 0.1 折到不打折之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="77"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="77"/>
        <source>请至少录入一件商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="119"/>
        <source>导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="131"/>
        <source>小票号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="131"/>
        <source>小票号已存在:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="170"/>
        <source>找不到原销售小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="172"/>
        <source>退货时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="172"/>
        <source>退货时间不能早于原销售时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="176"/>
        <location filename="../model/sales.py" line="182"/>
        <source>退货数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="176"/>
        <source>请选择要退的商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="179"/>
        <source>退货商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="179"/>
        <source>该商品不属于原小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="182"/>
        <source>{code} 最多还可退 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/staff.py" line="21"/>
        <location filename="../model/staff.py" line="36"/>
        <source>请填写导购姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/staff.py" line="26"/>
        <location filename="../model/staff.py" line="39"/>
        <source>已有同名导购:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
