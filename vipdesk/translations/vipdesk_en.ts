<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../ui/privacy/actions.py" line="308"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="311"/>
        <source>搜索说明、文件或操作人</source>
        <translation>Search description, file or operator</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="313"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="313"/>
        <location filename="../ui/privacy/actions.py" line="322"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="313"/>
        <source>人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="313"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="314"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="314"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="319"/>
        <source>审计日志只能追加,不能修改或删除。</source>
        <translation>The audit log can only be appended to; it cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="334"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ui/safety/backups.py" line="106"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="115"/>
        <source>备份文件夹:{path}</source>
        <translation>Backup folder: {path}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="118"/>
        <source>会员管家启动时和每 30 分钟(上次备份后有修改时)以及导入、合并、批量注销、恢复之前都会自动备份。建议每周“复制到U盘”一次,放在店外保存。</source>
        <translation>vipdesk backs up automatically at start and every 30 minutes (when something changed since the last backup), and before an import, a merge, a bulk anonymisation or a restore. Copy to a USB stick once a week and keep it outside the shop.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="121"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="122"/>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="123"/>
        <source>复制到U盘/新电脑…</source>
        <translation>Copy to USB drive / new computer…</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="124"/>
        <source>打开副本(搬到新电脑)…</source>
        <translation>Open copy (move to new computer)…</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="124"/>
        <source>办理会员卡</source>
        <translation>Issue membership card</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="127"/>
        <source>售卡</source>
        <translation>Sell card</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="128"/>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="136"/>
        <source>一次购买满{n}件</source>
        <translation>Buy {n} or more items at once</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="144"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="145"/>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="146"/>
        <source>经办导购</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="156"/>
        <source>售卡金额</source>
        <translation>Card price</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="171"/>
        <source>办卡 / 补卡</source>
        <translation>Issue / replace card</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="172"/>
        <source>挂失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="173"/>
        <source>注销</source>
        <translation>Cancel card</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="174"/>
        <source>恢复正常</source>
        <translation>Restore to normal</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="182"/>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="192"/>
        <source>请先选中一张卡</source>
        <translation>Please select a card first</translation>
    </message>
</context>
<context>
    <name>CareComplaints</name>
    <message>
        <location filename="../ui/care/complaints.py" line="34"/>
        <source>处理投诉</source>
        <translation>Handle complaint</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="34"/>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="45"/>
        <source>(不填)</source>
        <translation>(leave blank)</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="55"/>
        <location filename="../ui/care/complaints.py" line="79"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="56"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="58"/>
        <source>处理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="59"/>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="60"/>
        <source>顾客满意度</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="71"/>
        <source>投诉记录</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="75"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="79"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="79"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="79"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="84"/>
        <source>为当前会员登记…</source>
        <translation>Register for current member…</translation>
    </message>
    <message>
        <location filename="../ui/care/complaints.py" line="86"/>
        <source>处理…</source>
        <translation>Handle…</translation>
    </message>
</context>
<context>
    <name>CareEvents</name>
    <message>
        <location filename="../ui/care/events.py" line="36"/>
        <source>新建活动</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="39"/>
        <source>如:秋季VIP专场、年终答谢会</source>
        <translation>e.g. Autumn VIP day, year-end thank-you party</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="47"/>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="48"/>
        <location filename="../ui/care/events.py" line="122"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="49"/>
        <location filename="../ui/care/events.py" line="122"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="50"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="63"/>
        <source>(不按分群)</source>
        <translation>(no segment filter)</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="80"/>
        <source>邀请会员</source>
        <translation>Invite members</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="83"/>
        <source>(全部等级)</source>
        <translation>(all tiers)</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="96"/>
        <source>会员等级</source>
        <translation>Member tier</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="97"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="98"/>
        <source>会员分群</source>
        <translation>Member segment</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="99"/>
        <source>人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="112"/>
        <source>{n} 位会员</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="118"/>
        <source>会员活动</source>
        <translation>Member events</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="122"/>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="122"/>
        <source>邀请/参加/到场</source>
        <translation>Invited/Replied/Attended</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="128"/>
        <source>新建活动…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="129"/>
        <source>邀请会员…</source>
        <translation>Invite members…</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="130"/>
        <source>取消活动</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="136"/>
        <source>受邀会员(回复与到场随时记录):</source>
        <translation>Invited members (record replies and attendance any time):</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="138"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="138"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="138"/>
        <location filename="../ui/care/events.py" line="213"/>
        <source>到场</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="153"/>
        <source>(已取消)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="187"/>
        <source>新邀请了 {n} 位会员。活动前 3 天会出现在提醒里。</source>
        <translation>{n} more members invited. The event will appear in reminders 3 days before.</translation>
    </message>
    <message>
        <location filename="../ui/care/events.py" line="192"/>
        <source>取消这个活动?已邀请的会员不会再收到通知。</source>
        <translation>Cancel this event? Invited members will not be notified again.</translation>
    </message>
</context>
<context>
    <name>CareFeature</name>
    <message>
        <location filename="../ui/care/feature.py" line="82"/>
        <source>请先打开一位会员,再记录她的满意度调查。</source>
        <translation>Open a member first, then record her satisfaction survey.</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="114"/>
        <source>刷新今日提醒</source>
        <translation>Refresh today's reminders</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="115"/>
        <source>短信模板…</source>
        <translation>SMS templates…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="117"/>
        <source>打印本周回访清单…</source>
        <translation>Print this week's follow-up list…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="118"/>
        <source>下月生日名单…</source>
        <translation>Next month's birthdays…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="120"/>
        <source>会员活动…</source>
        <translation>Member events…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="121"/>
        <source>天气关怀…</source>
        <translation>Weather care…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="122"/>
        <source>投诉记录…</source>
        <translation>Complaints…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="123"/>
        <source>满意度调查…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="124"/>
        <source>调查问题…</source>
        <translation>Survey questions…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="125"/>
        <source>流失原因分析…</source>
        <translation>Churn reason analysis…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="126"/>
        <source>本月未联系会员…</source>
        <translation>Members not contacted this month…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="128"/>
        <source>关怀计划…</source>
        <translation>Care plan…</translation>
    </message>
    <message>
        <location filename="../ui/care/feature.py" line="129"/>
        <source>关怀设置…</source>
        <translation>Care settings…</translation>
    </message>
</context>
<context>
    <name>CareFeedback</name>
    <message>
        <location filename="../ui/care/feedback.py" line="92"/>
        <source>满意度调查</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="97"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="102"/>
        <source>(不答)</source>
        <translation>(No answer)</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="133"/>
        <source>调查问题</source>
        <translation>Survey questions</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="137"/>
        <source>打分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="137"/>
        <location filename="../ui/care/feedback.py" line="147"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="138"/>
        <source>{q}({kind})</source>
        <translation>{q} ({kind})</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="144"/>
        <source>新问题</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="146"/>
        <source>打分 1–5</source>
        <translation>Score 1–5</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="148"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="183"/>
        <source>流失原因分析</source>
        <translation>Churn reason analysis</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <location filename="../ui/care/feedback.py" line="188"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <location filename="../ui/care/feedback.py" line="193"/>
        <source>流失会员</source>
        <translation>Churned members</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <location filename="../ui/care/feedback.py" line="188"/>
        <source>已挽回</source>
        <translation>Won back</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <source>挽回率</source>
        <translation>Win-back rate</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <source>主要分群</source>
        <translation>Main segment</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="186"/>
        <source>主要导购</source>
        <translation>Main clerk</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="188"/>
        <location filename="../ui/care/feedback.py" line="253"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="188"/>
        <source>记录日期</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="188"/>
        <source>分群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="188"/>
        <source>导购</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="191"/>
        <source>按原因(每位会员取最近一次记录)</source>
        <translation>By reason (latest record per member)</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="196"/>
        <source>原因选项</source>
        <translation>Reason options</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="199"/>
        <source>保存选项</source>
        <translation>Save options</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="222"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="222"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="224"/>
        <source>统计流失原因</source>
        <translation>Analyze churn reasons</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="229"/>
        <source>修改流失原因选项</source>
        <translation>Changing the reasons for lost members</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="248"/>
        <source>本月未联系会员</source>
        <translation>Members not contacted this month</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="253"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="253"/>
        <source>专属导购</source>
        <translation>Assigned clerk</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="253"/>
        <source>本月关怀次数</source>
        <translation>Care contacts this month</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="267"/>
        <source>{y}年{m}月:{n} 位会员的关怀少于每月 {k} 次</source>
        <translation>{y}-{m}: {n} members had fewer than {k} care contacts a month</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="269"/>
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../ui/care/feedback.py" line="271"/>
        <source>查找本月未联系会员</source>
        <translation>Find members not contacted this month</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <location filename="../ui/care/plan.py" line="89"/>
        <source>对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <source>间隔(天)</source>
        <translation>Every (days)</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <location filename="../ui/care/plan.py" line="180"/>
        <source>月份</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="35"/>
        <source>沟通内容</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="47"/>
        <source>关怀计划</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="55"/>
        <source>每位会员按适用规则中最频繁的一条联系;孩子年龄段填 1-3、4-6、7-11 或 12+;RFM 分组可写 R5* 这样的模式;月份留空表示全年。</source>
        <translation>Each member is contacted per the most frequent matching rule; child age groups: 1-3, 4-6, 7-11 or 12+; RFM groups can use patterns like R5*; leave months blank for all year.</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="58"/>
        <source>全体会员至少每</source>
        <translation>Contact all members at least every</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="63"/>
        <source>天联系一次(120 天 = 一年 3 次)</source>
        <translation>days (120 days = 3 times a year)</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="74"/>
        <source>加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="77"/>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="84"/>
        <source>联系规则</source>
        <translation>Contact rules</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="89"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="89"/>
        <location filename="../ui/care/plan.py" line="114"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="89"/>
        <location filename="../ui/care/plan.py" line="117"/>
        <source>祝福语</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="96"/>
        <source>如:店庆、腊八节</source>
        <translation>e.g. store anniversary, Laba Festival</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="101"/>
        <location filename="../ui/care/plan.py" line="192"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="104"/>
        <source>每年</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="110"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="110"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="113"/>
        <source>节日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="115"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="116"/>
        <source>问候对象</source>
        <translation>Greet</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="120"/>
        <source>添加节日</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="123"/>
        <source>删除所选节日</source>
        <translation>Delete selected holiday</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="130"/>
        <source>自定义节日</source>
        <translation>Custom holidays</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="173"/>
        <source>第{n}行</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="175"/>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="175"/>
        <source>间隔应为天数,如 90</source>
        <translation>Interval must be a number of days, e.g. 90</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="180"/>
        <source>月份写数字,如 8 或 7、8</source>
        <translation>Enter months as numbers, e.g. 8 or 7, 8</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="192"/>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="193"/>
        <source>(仅{y}年)</source>
        <translation>(only {y})</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="193"/>
        <source>(每年)</source>
        <translation>(every year)</translation>
    </message>
    <message>
        <location filename="../ui/care/plan.py" line="223"/>
        <source>修改关怀计划</source>
        <translation>Changing the care plan</translation>
    </message>
</context>
<context>
    <name>CarePrint</name>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="51"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="52"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="82"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="82"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="100"/>
        <source>本周电话回访清单</source>
        <translation>This week's follow-up call list</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="105"/>
        <source>打印完整手机号(会记入审计日志)</source>
        <translation>Print full mobile numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="107"/>
        <source>哪一周(任选一天)</source>
        <translation>Which week (pick any day)</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="118"/>
        <source>打印完整手机号</source>
        <translation>Printing full phone numbers</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="130"/>
        <source>会员生日名单</source>
        <translation>Member birthday list</translation>
    </message>
    <message>
        <location filename="../ui/care/print_dialogs.py" line="135"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>CareSettings</name>
    <message>
        <location filename="../ui/care/settings.py" line="55"/>
        <source>关怀设置</source>
        <translation>Care settings</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="75"/>
        <source>提醒类型</source>
        <translation>Reminder type</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="100"/>
        <source>时间与次数</source>
        <translation>Timing and frequency</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="108"/>
        <source>(农历)</source>
        <translation>(lunar)</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="112"/>
        <source>节日问候</source>
        <translation>Holiday greetings</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="119"/>
        <source>年龄(岁)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="119"/>
        <source>尺码(身高cm)</source>
        <translation>Size (height cm)</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="123"/>
        <source>加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="128"/>
        <source>童装尺码表</source>
        <translation>Children's size chart</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="142"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="142"/>
        <source>第 {n} 行的年龄应为整数</source>
        <translation>The age in row {n} must be a whole number</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="151"/>
        <location filename="../ui/care/settings.py" line="153"/>
        <source>沉睡提醒(月)</source>
        <translation>Dormant reminders (months)</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="151"/>
        <source>请填写月数,用逗号分隔,如 6, 12</source>
        <translation>Enter months separated by commas, e.g. 6, 12</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="153"/>
        <source>月数应在 1 到 60 之间</source>
        <translation>Months must be between 1 and 60</translation>
    </message>
    <message>
        <location filename="../ui/care/settings.py" line="156"/>
        <source>修改关怀设置</source>
        <translation>Changing the care settings</translation>
    </message>
</context>
<context>
    <name>CareWeather</name>
    <message>
        <location filename="../ui/care/weather.py" line="30"/>
        <source>天气关怀</source>
        <translation>Weather care</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="41"/>
        <source>(全部等级)</source>
        <translation>(all tiers)</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="55"/>
        <source>天气</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="56"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="57"/>
        <source>关怀语</source>
        <translation>Care message</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="58"/>
        <source>会员等级</source>
        <translation>Member tier</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="59"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="60"/>
        <source>会员分群</source>
        <translation>Member segment</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="61"/>
        <source>人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../ui/care/weather.py" line="77"/>
        <source>{n} 位会员</source>
        <translation>{n} members</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/reports/charts.py" line="82"/>
        <source>本期没有数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="70"/>
        <source>添加孩子</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="74"/>
        <source>女孩</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="74"/>
        <source>男孩</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="74"/>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="78"/>
        <source>如 110、120</source>
        <translation>e.g. 110, 120</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="80"/>
        <source>孩子姓名</source>
        <translation>Child's name</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="81"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="82"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="83"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="84"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="106"/>
        <source>添加孩子</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="107"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="120"/>
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="130"/>
        <source>删除这条孩子记录?</source>
        <translation>Delete this child record?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="170"/>
        <source>添加联系记录</source>
        <translation>Add contact record</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="184"/>
        <source>(不评)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="189"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="190"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="191"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="192"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="193"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="286"/>
        <source>添加联系记录 (Ctrl+L)</source>
        <translation>Add contact record (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="286"/>
        <source>记录一次电话或消息 (Ctrl+L)</source>
        <translation>Record a call or message (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="297"/>
        <source>到店未购</source>
        <translation>Visit, no purchase</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../ui/safety/startup.py" line="61"/>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="62"/>
        <source>会员数据库文件损坏,会员管家没有打开它,也没有做任何修改。</source>
        <translation>The member database file is damaged. vipdesk did not open it and made no changes.</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="65"/>
        <source>检查结果:{message}</source>
        <translation>Check result: {message}</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="67"/>
        <source>详细信息(供技术支持):{detail}</source>
        <translation>Details (for technical support): {detail}</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="71"/>
        <source>数据库文件:{path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="78"/>
        <source>损坏的文件已另存为:{path}(不会被删除,可交给技术支持抢救)</source>
        <translation>The damaged file was saved as: {path} (it will not be deleted; give it to technical support for recovery)</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="85"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="86"/>
        <source>最近的完好备份:{when},会员 {n} 人({reason})
{path}</source>
        <translation>Latest good backup: {when}, {n} members ({reason})
{path}</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="89"/>
        <source>没有找到完好的备份。可以选择其他备份文件(例如U盘上的副本),或联系技术支持。请不要删除这个数据库文件。</source>
        <translation>No good backup was found. You can choose another backup file (e.g. the copy on a USB drive) or contact technical support. Please do not delete this database file.</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="94"/>
        <source>恢复这个备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="97"/>
        <source>选择其他备份文件…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="100"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="115"/>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="116"/>
        <source>会员管家数据库 (*.db);;所有文件 (*)</source>
        <translation>vipdesk database (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="96"/>
        <source>添加纪念日</source>
        <translation>Add anniversary</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="102"/>
        <source>如 结婚纪念日、先生生日</source>
        <translation>e.g. wedding anniversary, husband's birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="104"/>
        <source>年(可不填)</source>
        <translation>Year (optional)</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="105"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="106"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="107"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="113"/>
        <source>结婚纪念日</source>
        <translation>Wedding anniversary</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="140"/>
        <source>添加纪念日</source>
        <translation>Add anniversary</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="141"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="152"/>
        <source>{date}(还有 {n} 天)</source>
        <translation>{date} (in {n} days)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="161"/>
        <source>删除这个纪念日?</source>
        <translation>Delete this anniversary?</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="50"/>
        <source>在左侧搜索框输入手机尾号、姓名或拼音,回车打开会员。

Ctrl+N 新会员入会   F2 记一笔销售   Shift+F2 非会员销售</source>
        <translation>Type a phone ending, name or pinyin in the search box on the left and press Enter to open a member.

Ctrl+N New member   F2 Record a sale   Shift+F2 Non-member sale</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="116"/>
        <source>档案</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="116"/>
        <source>消费记录</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="117"/>
        <location filename="../ui/counter/detail_pane.py" line="161"/>
        <source>孩子</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="117"/>
        <source>会员卡</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="118"/>
        <source>纪念日</source>
        <translation>Anniversaries</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="118"/>
        <source>联系记录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="157"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="157"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="158"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="159"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="159"/>
        <source>累计消费</source>
        <translation>Total spend</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="160"/>
        <source>最近消费</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="160"/>
        <source>入会</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="161"/>
        <source>介绍人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="162"/>
        <source>常买</source>
        <translation>Often buys</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="163"/>
        <source>关怀计划</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="176"/>
        <source>记一笔销售 (F2)</source>
        <translation>Record a sale (F2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="177"/>
        <source>为这位会员记一笔销售 (F2)</source>
        <translation>Record a sale for this member (F2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="178"/>
        <source>到店未购 (F3)</source>
        <translation>Visit, no purchase (F3)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="179"/>
        <source>记录她今天来过但没买 (F3)</source>
        <translation>Record that she came in today but did not buy (F3)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="180"/>
        <source>联系记录 (Ctrl+L)</source>
        <translation>Contact record (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="181"/>
        <source>记录一次电话或消息 (Ctrl+L)</source>
        <translation>Record a call or message (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="209"/>
        <source>{name} 的档案有未保存的修改。</source>
        <translation>{name}'s profile has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="210"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="210"/>
        <source>不保存</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="210"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="210"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="247"/>
        <source>卡号 {card}</source>
        <translation>Card {card}</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="247"/>
        <source>未办卡</source>
        <translation>No card</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="254"/>
        <source> · {n}岁</source>
        <translation> · {n} yrs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="254"/>
        <source>(约)</source>
        <translation>(approx.)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="256"/>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="261"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="263"/>
        <source>{amount}({n} 次)</source>
        <translation>{amount} ({n} times)</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="265"/>
        <source>从未消费</source>
        <translation>Never purchased</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="267"/>
        <location filename="../ui/counter/detail_pane.py" line="270"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="267"/>
        <location filename="../ui/counter/detail_pane.py" line="268"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="270"/>
        <source>{category} {n} 件</source>
        <translation>{category} {n} pcs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="272"/>
        <source>常穿 {size}</source>
        <translation>Usually wears {size}</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_pane.py" line="273"/>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="39"/>
        <source>新会员入会 (Ctrl+N)</source>
        <translation>Enrol new member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="46"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="48"/>
        <source>必填,11 位手机号</source>
        <translation>Required, 11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="51"/>
        <location filename="../ui/counter/enrol_dialog.py" line="175"/>
        <source>打开该会员</source>
        <translation>Open this member</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="62"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="62"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="62"/>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="69"/>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="70"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="78"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="79"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="81"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="83"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="84"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="85"/>
        <source>入会渠道</source>
        <translation>Joined via</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="86"/>
        <source>介绍人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="91"/>
        <source>扫描预制会员卡,可不填</source>
        <translation>Scan a pre-made member card (optional)</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="92"/>
        <source>会员卡号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="98"/>
        <source>入会</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="103"/>
        <source>只需姓名和手机号;其余信息以后到店时再补充。</source>
        <translation>Only name and mobile are needed; fill in the rest on a later visit.</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="135"/>
        <source>注意:已有同名同生日的会员 {who},请确认不是同一人</source>
        <translation>Note: member {who} has the same name and birthday — please make sure it is not the same person</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="148"/>
        <source>该手机号已是会员 {name}</source>
        <translation>This mobile number already belongs to member {name}</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="174"/>
        <source>该手机号已是会员 {name},不会重复入会。</source>
        <translation>This mobile number already belongs to member {name}; she will not be enrolled twice.</translation>
    </message>
    <message>
        <location filename="../ui/counter/enrol_dialog.py" line="175"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../ui/privacy/actions.py" line="123"/>
        <source>记录监护人同意</source>
        <translation>Record guardian consent</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="124"/>
        <source>{name} 未满14岁,她的个人信息须经监护人同意才能登记。</source>
        <translation>{name} is under 14; her personal information may only be recorded with a guardian's consent.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="128"/>
        <location filename="../ui/privacy/actions.py" line="130"/>
        <source>监护人姓名</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="131"/>
        <source>监护人已同意</source>
        <translation>Guardian has consented</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="218"/>
        <source>退货 / 换货</source>
        <translation>Return / exchange</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="219"/>
        <source>对选中的销售小票办理退货或换货</source>
        <translation>Return or exchange the selected receipt</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="237"/>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="237"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="239"/>
        <source>{kind}({method})</source>
        <translation>{kind} ({method})</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="248"/>
        <source>{price} × {qty}</source>
        <translation>{price} × {qty}</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="258"/>
        <source>共 {n} 张销售小票,净额 {total}</source>
        <translation>{n} receipts, net {total}</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="276"/>
        <source>请先选中一张销售小票(不是退货单)</source>
        <translation>Please select a sales receipt first (not a return)</translation>
    </message>
</context>
<context>
    <name>HygieneDialogs</name>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="85"/>
        <location filename="../ui/hygiene/dialogs.py" line="125"/>
        <source>查找重复会员</source>
        <translation>Find duplicate members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="97"/>
        <source>重新查找</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="99"/>
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="100"/>
        <source>选中一组(或组里要并入的那位会员)后合并</source>
        <translation>Select a group (or the member in it to merge in), then merge</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="102"/>
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="103"/>
        <source>选中的一组(或组里的一位会员与其他人)不是同一个人,以后不再列出</source>
        <translation>The selected group (or one member of it and the others) are not the same person; they will not be listed again</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="118"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="132"/>
        <source>{name} 等 {n} 条:{why}</source>
        <translation>{name} and others, {n} records: {why}</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="148"/>
        <source>找到 {n} 组可能重复的会员。选中一组后点“合并…”。</source>
        <translation>Found {n} groups of possible duplicates. Select a group and click "Merge…".</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="150"/>
        <source>(先列出前 {n} 组)</source>
        <translation>(showing the first {n} groups)</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="154"/>
        <source>没有找到重复的会员。</source>
        <translation>No duplicate members found.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="182"/>
        <location filename="../ui/hygiene/dialogs.py" line="205"/>
        <source>请先选中一组重复会员</source>
        <translation>Please select a group of duplicates first</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="192"/>
        <source>确认 {names} 不是同一个人?以后查找重复时不再列出。</source>
        <translation>Confirm that {names} are not the same person? They will not be listed again when looking for duplicates.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="225"/>
        <location filename="../ui/hygiene/dialogs.py" line="353"/>
        <location filename="../ui/hygiene/dialogs.py" line="369"/>
        <source>合并会员</source>
        <translation>Merge members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="239"/>
        <source>合并后:</source>
        <translation>After merging:</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="244"/>
        <source>消费记录、联系记录、到店记录、孩子、纪念日和会员卡都转到保留的档案;积分、储值和未用的礼券以新流水转入。被并入的档案标为“已合并”,不再出现在查找和列表里。合并不能撤销,合并前会先备份。</source>
        <translation>Purchases, contacts, visits, children, anniversaries and cards move to the kept profile; points, stored value and unused vouchers are transferred as new ledger entries. The merged-in profile is marked "merged" and no longer appears in search or lists. Merging cannot be undone; a backup is made first.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="250"/>
        <source>左右互换</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="254"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="261"/>
        <source>消费 {n} 次 {spend},积分 {points}</source>
        <translation>{n} purchases {spend}, points {points}</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="269"/>
        <source>左边:保留的档案 #{a}({ma});右边:并入的档案 #{b}({mb})。每一项选择要保留的内容。</source>
        <translation>Left: profile kept #{a} ({ma}); right: profile merged in #{b} ({mb}). For each item choose what to keep.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="274"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="275"/>
        <source>保留 #{id}</source>
        <translation>Keep #{id}</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="276"/>
        <source>并入 #{id}</source>
        <translation>Merge in #{id}</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="286"/>
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="293"/>
        <source>两者都保留</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="350"/>
        <source>把会员 #{b} 并入 #{a}?合并后不能撤销。</source>
        <translation>Merge member #{b} into #{a}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="360"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="362"/>
        <source>正在合并…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="383"/>
        <source>档案完整度(按导购)</source>
        <translation>Profile completeness (by staff)</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="394"/>
        <source>入会日期从</source>
        <translation>Enrolled from</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="396"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="405"/>
        <source>完整档案 = 姓名、手机、性别、生日、地址都已填写(与办卡提成同一标准);平均完整度满分 100。</source>
        <translation>Complete profile = name, mobile, gender, birthday and address all filled in (same rule as card commission); average completeness is out of 100.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="434"/>
        <location filename="../ui/hygiene/dialogs.py" line="469"/>
        <location filename="../ui/hygiene/dialogs.py" line="500"/>
        <source>导出会员</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="443"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="445"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="449"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="451"/>
        <source>手机号隐藏中间四位(138****5678),用于查看和打印</source>
        <translation>Hide the middle four digits (138****5678), for viewing and printing</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="454"/>
        <source>完整手机号,用于搬迁数据或重新导入</source>
        <translation>Full phone numbers, for moving the data or importing it again</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="460"/>
        <source>注意:隐藏了手机号的文件不能再导入 vipdesk(号码不完整,会被拒绝)。会员资料请妥善保管,不要外传。</source>
        <translation>Note: a file with hidden mobile numbers cannot be imported into vipdesk again (incomplete numbers are rejected). Keep member data safe and do not share it.</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="464"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="469"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="476"/>
        <source>请选择保存位置</source>
        <translation>Please choose where to save</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="480"/>
        <source>导出完整手机号</source>
        <translation>Exporting full phone numbers</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="494"/>
        <source>已导出 {n} 位会员到:
{path}</source>
        <translation>{n} members exported to:
{path}</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="496"/>
        <source>手机号已隐藏,此文件不能再导入。</source>
        <translation>Mobile numbers are hidden; this file cannot be imported again.</translation>
    </message>
</context>
<context>
    <name>HygieneFeature</name>
    <message>
        <location filename="../ui/hygiene/feature.py" line="34"/>
        <source>导入会员</source>
        <translation>Importing members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="62"/>
        <source>导入会员…</source>
        <translation>Import members…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="63"/>
        <source>从 Excel/CSV 导入已有的会员资料</source>
        <translation>Import existing member data from Excel/CSV</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="64"/>
        <source>查找重复会员…</source>
        <translation>Find duplicate members…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="65"/>
        <source>找出同一人的多条档案并合并</source>
        <translation>Find several profiles of the same person and merge them</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="66"/>
        <source>导出会员…</source>
        <translation>Export members…</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="67"/>
        <source>导出为可再导入的 Excel 文件</source>
        <translation>Export to an Excel file that can be imported again</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="68"/>
        <source>档案完整度(按导购)</source>
        <translation>Profile completeness (by staff)</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/feature.py" line="69"/>
        <source>每位导购新入会会员的档案完整情况,用于档案评比</source>
        <translation>Completeness of the profiles of each staff member's new members, for profile reviews</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/importing/wizard.py" line="65"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="66"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="68"/>
        <source>正在检查(不影响收银)…</source>
        <translation>Checking (the till keeps working)…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="69"/>
        <source>正在准备写入…</source>
        <translation>Preparing to save…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="70"/>
        <source>正在写入(分批提交,收银不受影响)…</source>
        <translation>Saving in small batches (the till keeps working)…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="71"/>
        <source>正在保存报告…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="106"/>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="107"/>
        <source>支持 Excel(.xlsx、.xls)和 CSV 文件。表头可以在标题行下面;合并的表头单元格也能识别。</source>
        <translation>Excel (.xlsx, .xls) and CSV files. The header may sit below a title row; merged header cells are recognised.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="111"/>
        <source>会员资料.xlsx 或 .csv</source>
        <translation>Member data .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="112"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="116"/>
        <location filename="../ui/importing/wizard.py" line="302"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="120"/>
        <source>编码(CSV)</source>
        <translation>Encoding (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="122"/>
        <location filename="../ui/importing/wizard.py" line="134"/>
        <source>打开时显示的那张</source>
        <translation>The one shown on opening</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="123"/>
        <source>工作表(Excel)</source>
        <translation>Worksheet (Excel)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="124"/>
        <source>中文 Excel 另存的 CSV 一般是 GBK;WPS 和新版 Excel 一般是 UTF-8。自动识别认错时(出现乱码)请手动指定。</source>
        <translation>CSV saved from Chinese Excel is usually GBK; WPS and newer Excel usually UTF-8. If auto-detection is wrong (garbled text), choose it by hand.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="162"/>
        <source>选择会员资料文件</source>
        <translation>Choose member data file</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="163"/>
        <source>表格文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="183"/>
        <source>核对列的对应</source>
        <translation>Check column mapping</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="184"/>
        <source>已按表头自动对应;不对的请在右侧改选。认不出的列会记入备注,不会丢掉。</source>
        <translation>Columns were matched by their headers; correct any wrong ones on the right. Unrecognised columns go into notes and are not lost.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="192"/>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="192"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="192"/>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="199"/>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="200"/>
        <source>表头在第 {row} 行,共 {n} 列{enc}。下面是前几行数据:</source>
        <translation>Header on row {row}, {n} columns{enc}. The first rows of data:</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="220"/>
        <source>(必填)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="222"/>
        <source>忽略(不导入)</source>
        <translation>Ignore (do not import)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="252"/>
        <source>预览(尚未写入任何数据)</source>
        <translation>Preview (nothing written yet)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="253"/>
        <source>检查有问题的行和重复的会员,选择处理方式后点“导入”。</source>
        <translation>Check problem rows and duplicate members, choose how to handle them, then click "Import".</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="258"/>
        <source>问题明细:</source>
        <translation>Problem details:</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="259"/>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="259"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="259"/>
        <source>原值</source>
        <translation>Original value</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="259"/>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="259"/>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="263"/>
        <source>重复的会员:</source>
        <translation>Duplicate members:</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="265"/>
        <source>与谁重复</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="270"/>
        <source>全部无误才导入(有问题行则什么都不写)</source>
        <translation>Import only if everything is correct (write nothing if any row has problems)</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="271"/>
        <source>导入没有问题的行,跳过有问题的行</source>
        <translation>Import the correct rows, skip the problem rows</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="281"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="284"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="290"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="295"/>
        <source>共读取 {read} 行:可新增 {imported},可更新 {updated},跳过 {skipped},有问题 {rejected}。</source>
        <translation>{read} rows read: {imported} new, {updated} updates, {skipped} skipped, {rejected} with problems.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="297"/>
        <source>
有问题的行不会导入;选“全部无误才导入”时整个文件都不会导入。</source>
        <translation>
Rows with problems are not imported; with "Import only if everything is correct" the whole file is not imported.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="315"/>
        <source>第 {n} 行</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="317"/>
        <source>已有会员 #{id}</source>
        <translation>Existing member #{id}</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="319"/>
        <source>手机号相同</source>
        <translation>Same mobile number</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="319"/>
        <source>姓名和生日相同</source>
        <translation>Same name and birthday</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="329"/>
        <source>重复的会员({n}):</source>
        <translation>Duplicate members ({n}):</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="363"/>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="379"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="381"/>
        <source>文件中有问题行,按“全部无误才导入”没有写入任何数据。</source>
        <translation>The file has problem rows; with "Import only if everything is correct" nothing was written.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="382"/>
        <source>读取 {read} 行:新增 {imported},更新 {updated},跳过 {skipped},有问题 {rejected}。</source>
        <translation>{read} rows read: {imported} added, {updated} updated, {skipped} skipped, {rejected} with problems.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="384"/>
        <source>问题报告已保存:{path}</source>
        <translation>Problem report saved: {path}</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="388"/>
        <source>没有问题行,未生成报告。</source>
        <translation>No problem rows; no report created.</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="402"/>
        <location filename="../ui/importing/wizard.py" line="480"/>
        <source>导入会员</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="467"/>
        <source>预览导入</source>
        <translation>Preview import</translation>
    </message>
</context>
<context>
    <name>IncentiveDialog</name>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="343"/>
        <source>导购办卡激励</source>
        <translation>Staff card incentives</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="350"/>
        <source>只统计资料完整(姓名、手机、性别、生日、地址)的会员卡;补全资料后自动计入。</source>
        <translation>Only cards of members with a complete profile (name, mobile, gender, birthday, address) count; they count automatically once the profile is completed.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="354"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/access/login.py" line="25"/>
        <source>登录会员管家</source>
        <translation>Log in to VIP Desk</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="26"/>
        <source>请选择你的名字并输入密码。</source>
        <translation>Select your name and enter your password.</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="40"/>
        <source>6–12 位数字</source>
        <translation>6–12 digits</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="45"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="46"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="48"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="69"/>
        <source>密码错误次数过多,请 {n} 秒后再试。</source>
        <translation>Too many wrong passwords. Try again in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="84"/>
        <source>正在核对密码…</source>
        <translation>Checking PIN…</translation>
    </message>
    <message>
        <location filename="../ui/access/login.py" line="98"/>
        <source>密码不正确</source>
        <translation>Incorrect password</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsDialog</name>
    <message>
        <location filename="../ui/loyalty/settings.py" line="206"/>
        <source>积分与等级设置</source>
        <translation>Points and tier settings</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="208"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="211"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="213"/>
        <source>礼券</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="215"/>
        <source>储值</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="217"/>
        <source>导购激励</source>
        <translation>Staff incentives</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="218"/>
        <location filename="../ui/loyalty/settings.py" line="367"/>
        <source>礼品</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="221"/>
        <source>修改从保存后开始生效,已有积分和礼券不受影响。</source>
        <translation>Changes take effect after saving; existing points and vouchers are not affected.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="232"/>
        <source>等级名称</source>
        <translation>Tier name</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="232"/>
        <source>门槛</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="232"/>
        <source>折扣(如 9.5)</source>
        <translation>Discount (e.g. 9.5)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="232"/>
        <source>权益</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="240"/>
        <source>保存时同时执行降级(否则等年度复核)</source>
        <translation>Apply downgrades when saving (otherwise at the annual review)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="241"/>
        <source>门槛建议(按本店销售计算)</source>
        <translation>Suggest thresholds (from this shop's sales)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="243"/>
        <source>预览会员变动</source>
        <translation>Preview member changes</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="247"/>
        <source>点“门槛建议”:平均单价 × 连带率 = 基本线,再加 15%~30% 增长;点“预览会员变动”:看看新规则下谁会升级或降级。</source>
        <translation>"Suggest thresholds": average price × items per sale = base line, plus 15%–30% growth; "Preview member changes": see who would move up or down under the new rules.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="268"/>
        <source>第 {n} 个等级</source>
        <translation>Tier {n}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="272"/>
        <source>门槛应为整数</source>
        <translation>Threshold must be a whole number</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="274"/>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="300"/>
        <source>新规则下:{u} 人升级,{d} 人降级</source>
        <translation>Under the new rules: {u} up, {d} down</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="309"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="309"/>
        <source>开始 YYYY-MM-DD</source>
        <translation>Start YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="309"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="310"/>
        <source>倍率%</source>
        <translation>Multiplier %</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="310"/>
        <source>每年重复</source>
        <translation>Repeat yearly</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="310"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="320"/>
        <source>多倍积分日(店庆、节假日、新店开业;几个同时适用时取最高倍率)</source>
        <translation>Bonus points days (anniversary, holidays, new shop opening; if several apply, the highest multiplier is used)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="322"/>
        <source>农历节日(如春节 01-01 至 01-07、中秋 08-15)勾选“农历”,日期写 月-日,每年自动换算。</source>
        <translation>For lunar holidays (e.g. Spring Festival 01-01 to 01-07, Mid-Autumn 08-15) tick "Lunar" and write the date as month-day; it is converted every year.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="333"/>
        <source>多倍积分日第 {n} 行</source>
        <translation>Bonus points day row {n}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="333"/>
        <source>倍率应为整数</source>
        <translation>Multiplier must be a whole number</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="343"/>
        <source>充满(元)</source>
        <translation>Top up (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="343"/>
        <source>赠送(元)</source>
        <translation>Bonus (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="351"/>
        <source>充值赠送规则(如 充1000送100;取满足的最高一档)</source>
        <translation>Top-up bonus rules (e.g. top up 1000, get 100; the highest tier reached applies)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="359"/>
        <source>赠送规则第 {n} 行</source>
        <translation>Bonus rule row {n}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="367"/>
        <source>所需积分</source>
        <translation>Points needed</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="367"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="367"/>
        <source>附赠现金券(元)</source>
        <translation>Extra cash voucher (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="368"/>
        <source>上架</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="379"/>
        <source>添加礼品</source>
        <translation>Add gift</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="391"/>
        <source>下架的礼品不再出现在兑换目录;已兑换的记录保留。</source>
        <translation>Unlisted gifts no longer appear in the redemption catalogue; past redemptions are kept.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="397"/>
        <source>礼品第 {n} 行</source>
        <translation>Gift row {n}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="402"/>
        <source>积分和库存应为整数</source>
        <translation>Points and stock must be whole numbers</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="429"/>
        <source>等级规则有变化。</source>
        <translation>The tier rules have changed.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="429"/>
        <source>确认保存?</source>
        <translation>Save now?</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="431"/>
        <source>修改积分、等级和礼品设置</source>
        <translation>Changing the points, tier and gift settings</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="443"/>
        <source>积分礼品目录</source>
        <translation>Points gift catalogue</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../ui/loyalty/tab.py" line="50"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="50"/>
        <source>可用积分</source>
        <translation>Available points</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="51"/>
        <source>升级进度</source>
        <translation>Tier progress</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="51"/>
        <source>积分到期</source>
        <translation>Points expiry</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="52"/>
        <source>储值余额</source>
        <translation>Stored value balance</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="57"/>
        <source>券号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="57"/>
        <location filename="../ui/loyalty/tab.py" line="59"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="57"/>
        <location filename="../ui/loyalty/tab.py" line="202"/>
        <source>面值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="57"/>
        <source>可用日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="58"/>
        <source>到期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="59"/>
        <location filename="../ui/loyalty/tab.py" line="60"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="59"/>
        <location filename="../ui/loyalty/tab.py" line="99"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="59"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="60"/>
        <source>原等级</source>
        <translation>Old tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="60"/>
        <source>新等级</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="60"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="61"/>
        <source>可用礼券</source>
        <translation>Available vouchers</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="62"/>
        <source>积分明细</source>
        <translation>Points history</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="63"/>
        <source>等级变化</source>
        <translation>Tier changes</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="64"/>
        <source>积分兑换…</source>
        <translation>Redeem points…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="66"/>
        <source>积分换券</source>
        <translation>Points for voucher</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="68"/>
        <source>储值…</source>
        <translation>Stored value…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="70"/>
        <location filename="../ui/loyalty/tab.py" line="110"/>
        <source>锁定等级…</source>
        <translation>Lock tier…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="72"/>
        <source>调整积分…</source>
        <translation>Adjust points…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="74"/>
        <source>发礼券…</source>
        <translation>Issue voucher…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="95"/>
        <source>(已锁定:{r})</source>
        <translation>(locked: {r})</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="99"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="101"/>
        <source>近一年 {v} {u},再 {n} {u} 升 {t}</source>
        <translation>Past year {v} {u}; {n} {u} more to reach {t}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="104"/>
        <source>近一年 {v} {u},已是最高等级</source>
        <translation>Past year {v} {u}; already at the top tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="106"/>
        <source>{p} 积分 {d} 到期</source>
        <translation>{p} points expire {d}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="107"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="110"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="112"/>
        <source>长期</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="140"/>
        <source>扣 {p} 积分,换一张 {v} 代金券?</source>
        <translation>Deduct {p} points for a {v} voucher?</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="147"/>
        <source>已发券 {code}</source>
        <translation>Voucher issued {code}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="162"/>
        <location filename="../ui/loyalty/tab.py" line="167"/>
        <source>调整积分</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="162"/>
        <source>增加(正数)或扣减(负数)的积分</source>
        <translation>Points to add (positive) or deduct (negative)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="167"/>
        <location filename="../ui/loyalty/tab.py" line="171"/>
        <source>调整原因</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="171"/>
        <source>请填写调整原因</source>
        <translation>Please enter the reason for the adjustment</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="173"/>
        <source>手工调整积分</source>
        <translation>Adjusting points by hand</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="188"/>
        <location filename="../ui/loyalty/tab.py" line="192"/>
        <source>发礼券</source>
        <translation>Issue voucher</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="188"/>
        <source>面值(元)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="192"/>
        <location filename="../ui/loyalty/tab.py" line="201"/>
        <source>发券原因</source>
        <translation>Reason for voucher</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="201"/>
        <source>请填写发券原因</source>
        <translation>Please enter the reason for the voucher</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="203"/>
        <source>手工发礼券</source>
        <translation>Issuing a voucher by hand</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="219"/>
        <source>解除等级锁定?之后等级按规则自动升降。</source>
        <translation>Unlock the tier? The tier will then move up and down by the rules.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="221"/>
        <source>解除等级锁定</source>
        <translation>Unlocking the tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="226"/>
        <location filename="../ui/loyalty/tab.py" line="229"/>
        <source>锁定等级</source>
        <translation>Lock tier</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="226"/>
        <source>锁定原因(如:员工、特殊客户)</source>
        <translation>Reason for lock (e.g. employee, special customer)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/counter/scanner.py" line="127"/>
        <source>已扫卡打开会员</source>
        <translation>Member opened by card scan</translation>
    </message>
    <message>
        <location filename="../ui/counter/scanner.py" line="131"/>
        <source>礼券请在销售窗口(F2)里扫描</source>
        <translation>Scan vouchers in the sale window (F2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="35"/>
        <location filename="../ui/main_window.py" line="134"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="35"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="36"/>
        <source>关怀</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="36"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="37"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="37"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="38"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>查找会员</source>
        <translation>Find member</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>手机尾号、卡号、姓名或拼音</source>
        <translation>Phone ending, card no., name or pinyin</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>手机尾号、卡号、姓名或拼音 (Ctrl+F / F6)</source>
        <translation>Phone ending, card no., name or pinyin (Ctrl+F / F6)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>新会员入会…</source>
        <translation>Enrol new member…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>到店未购</source>
        <translation>Visit, no purchase</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>记录当前会员到店但没买</source>
        <translation>Record that the current member visited but did not buy</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>添加联系记录…</source>
        <translation>Add contact record…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>记录一次电话或消息</source>
        <translation>Record a call or message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>会员销售…</source>
        <translation>Member sale…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>为当前会员记一笔销售</source>
        <translation>Record a sale for the current member</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="186"/>
        <source>非会员销售…</source>
        <translation>Non-member sale…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187"/>
        <source>散客销售也要记录,用于统计会员销售占比</source>
        <translation>Walk-in sales are recorded too, to measure the share of member sales</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>退货 / 换货…</source>
        <translation>Return / exchange…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="189"/>
        <source>当前会员的退货:选小票、商品和数量</source>
        <translation>Return for current member: choose ticket, items and quantity</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="190"/>
        <source>按小票号退货…</source>
        <translation>Return by receipt no.…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="191"/>
        <source>输入或扫描小票号找到原销售(散客也可以)</source>
        <translation>Enter or scan a ticket no. to find the original sale (walk-ins too)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="193"/>
        <source>导购管理…</source>
        <translation>Manage staff…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="194"/>
        <source>提醒放在标签页里(小屏幕)</source>
        <translation>Show reminders in a tab (small screens)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>关闭会员管家(未保存的修改会先问)</source>
        <translation>Close VIP Desk (asks about unsaved changes first)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <location filename="../ui/main_window.py" line="401"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="204"/>
        <source>关于会员管家</source>
        <translation>About vipdesk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>请先在左侧查找并选中一位会员</source>
        <translation>Please find and select a member on the left first</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>没有手机号为 {phone} 的会员,现在为她办理入会吗?</source>
        <translation>No member has the phone number {phone}. Enrol her now?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="257"/>
        <source>已入会:{name}</source>
        <translation>Enrolled: {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>请先选中一位会员;非会员销售请按 Shift+F2</source>
        <translation>Please select a member first; for a non-member sale press Shift+F2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="291"/>
        <source>已记录小票 {no}:实收 {paid}</source>
        <translation>Receipt {no} recorded: paid {paid}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="293"/>
        <source>,积分 +{n}</source>
        <translation>, points +{n}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>{name} 没有可退的小票</source>
        <translation>{name} has no tickets to return</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="318"/>
        <source>请在会员的“消费记录”里选中要退换的销售小票</source>
        <translation>Select the receipt to return or exchange in the member's "Purchases" tab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="336"/>
        <source>小票:这张小票已全部退货,不能再退</source>
        <translation>Ticket: everything on this ticket has been returned already</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="344"/>
        <source>已退货 {no}:退款 {paid}</source>
        <translation>Returned {no}: refund {paid}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="364"/>
        <source>已记录到店未购</source>
        <translation>Visit without purchase recorded</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="382"/>
        <source>管理导购</source>
        <translation>Managing the sales staff</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="395"/>
        <source>回车	打开选中的会员</source>
        <translation>Enter	Open the selected member</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="395"/>
        <source>↓	从搜索框进入会员列表</source>
        <translation>↓	Move from the search box into the member list</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="395"/>
        <source>Esc	清空搜索</source>
        <translation>Esc	Clear the search</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="396"/>
        <source>Ctrl+S	保存档案</source>
        <translation>Ctrl+S	Save profile</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="397"/>
        <source>销售窗口:回车 / Insert 添加一行,Delete 删除选中行,Ctrl+Enter 确认收款</source>
        <translation>Sale window: Enter / Insert adds a line, Delete removes the selected line, Ctrl+Enter confirms payment</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="406"/>
        <source>会员管家 vipdesk {v}
离线的店铺会员管理:档案、销售、积分与关怀。
会员资料只保存在本机,绝不外泄。</source>
        <translation>vipdesk {v}
Offline shop membership management: profiles, sales, points and customer care.
Member data is stored only on this computer and never leaves it.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="407"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>{shop} — 会员管家</source>
        <translation>{shop} — VIP Desk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>今日提醒</source>
        <translation>Today's reminders</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="36"/>
        <source>重打上一张</source>
        <translation>Reprint last</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="37"/>
        <source>再打一次上一笔销售的小票</source>
        <translation>Print the last sale's ticket again</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="38"/>
        <source>打印会员卡(PDF)…</source>
        <translation>Print member card (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="39"/>
        <source>当前会员的 CR80 会员卡,带条码</source>
        <translation>CR80 member card with barcode for current member</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="41"/>
        <source>预览上一张小票…</source>
        <translation>Preview last receipt…</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="42"/>
        <source>看一眼再打:上一笔销售的小票</source>
        <translation>See the last sale's receipt before printing it</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="43"/>
        <source>预览会员卡…</source>
        <translation>Preview member card…</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="44"/>
        <source>当前会员的会员卡,预览后打印</source>
        <translation>The open member's card: preview, then print</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="45"/>
        <source>打印礼券…</source>
        <translation>Print vouchers…</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="46"/>
        <source>当前会员的可用礼券;未选会员时从全部可用礼券里选</source>
        <translation>The open member's usable vouchers; with no member open, choose from all open vouchers</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="60"/>
        <source>保存会员卡</source>
        <translation>Save member card</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="64"/>
        <source>会员卡已保存:{p}</source>
        <translation>Member card saved: {p}</translation>
    </message>
    <message>
        <location filename="../ui/printing/window_actions.py" line="80"/>
        <source>礼券已保存:{p}</source>
        <translation>Vouchers saved: {p}</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../ui/counter/list_model.py" line="41"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="42"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="43"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="44"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="45"/>
        <source>最近消费</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="46"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_model.py" line="208"/>
        <source>卡号 {card}</source>
        <translation>Card {card}</translation>
    </message>
</context>
<context>
    <name>MemberListPane</name>
    <message>
        <location filename="../ui/counter/list_pane.py" line="166"/>
        <source>找到 {n} 位会员</source>
        <translation>{n} members found</translation>
    </message>
    <message>
        <location filename="../ui/counter/list_pane.py" line="168"/>
        <source>共 {n} 位会员</source>
        <translation>{n} members in total</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <location filename="../ui/messaging/outbox_view.py" line="83"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>计费</source>
        <translation>Billed</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="41"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="74"/>
        <source>短信发件箱</source>
        <translation>SMS outbox</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="79"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="87"/>
        <location filename="../ui/messaging/outbox_view.py" line="164"/>
        <source>刷新回执</source>
        <translation>Refresh receipts</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="88"/>
        <source>重发失败的</source>
        <translation>Resend failed</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="91"/>
        <source>登记退订</source>
        <translation>Record opt-out</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="92"/>
        <source>会员说不想再收营销短信:登记后不再给她发营销短信</source>
        <translation>Member doesn't want marketing SMS: once recorded, she gets no more marketing SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="93"/>
        <source>短信设置…</source>
        <translation>SMS settings…</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="96"/>
        <source>发送待发的</source>
        <translation>Send pending</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="97"/>
        <source>发送已到发送时段的待发短信(限流、时段外等候的)</source>
        <translation>Send pending SMS whose send window has arrived (rate-limited or waiting outside hours)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="123"/>
        <source>请先选择会员的短信。</source>
        <translation>Select a member's SMS first.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="126"/>
        <source>登记 {names} 退订营销短信?</source>
        <translation>Record {names} as opted out of marketing SMS?</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="129"/>
        <source>店员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="137"/>
        <source>没有待发送的短信。</source>
        <translation>No SMS waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="139"/>
        <source>发送短信会产生费用。</source>
        <translation>Sending SMS costs money.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="147"/>
        <source>短信设置</source>
        <translation>Changing the SMS settings</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="153"/>
        <source>正在查询送达回执…</source>
        <translation>Checking delivery receipts…</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="158"/>
        <source>送达 {d},失败 {f},仍待确认 {u},退订 {o}</source>
        <translation>Delivered {d}, failed {f}, still unconfirmed {u}, opted out {o}</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="162"/>
        <source>送达回执</source>
        <translation>Delivery receipts</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="170"/>
        <source>没有失败的短信。待确认的短信要等送达回执,不能重发。</source>
        <translation>No failed SMS. Unconfirmed SMS must wait for a delivery receipt and can't be resent.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="172"/>
        <source>重发 {n} 条失败的短信?</source>
        <translation>Resend {n} failed SMS?</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="174"/>
        <source>重发短信会产生费用。</source>
        <translation>Re-sending SMS costs money.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="184"/>
        <source>已提交 {s} 条,失败 {f} 条,等待 {w} 条。</source>
        <translation>Submitted {s}, failed {f}, waiting {w}.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="186"/>
        <source>已停止:</source>
        <translation>Stopped:</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="187"/>
        <source>重发</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../ui/messaging/outbox_view.py" line="189"/>
        <source>重发短信</source>
        <translation>Resend SMS</translation>
    </message>
</context>
<context>
    <name>PaymentBox</name>
    <message>
        <location filename="../ui/loyalty/pay.py" line="35"/>
        <source>礼券 / 储值</source>
        <translation>Vouchers / stored value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="42"/>
        <source>用储值支付(元)</source>
        <translation>Pay with stored value (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="50"/>
        <source>可用礼券</source>
        <translation>Available vouchers</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="51"/>
        <source>储值余额</source>
        <translation>Stored value balance</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="52"/>
        <location filename="../ui/loyalty/pay.py" line="102"/>
        <source>储值支付</source>
        <translation>Stored value payment</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="53"/>
        <source>现金应收</source>
        <translation>Cash due</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="64"/>
        <source> 至{d}</source>
        <translation> until {d}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="66"/>
        <source>券号 {code}</source>
        <translation>Voucher {code}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="71"/>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="121"/>
        <source>礼券抵 {v}</source>
        <translation>Voucher −{v}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/pay.py" line="123"/>
        <source>储值付 {v}</source>
        <translation>Stored value paid {v}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/privacy/pin.py" line="125"/>
        <source>需要有权限的人员确认</source>
        <translation>Approval needed</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="143"/>
        <source>谁来确认</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="146"/>
        <source>密码</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="165"/>
        <location filename="../ui/privacy/pin.py" line="182"/>
        <source>密码错误次数过多,请 {n} 秒后再试。</source>
        <translation>Too many wrong passwords; please try again in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="197"/>
        <source>正在核对密码…</source>
        <translation>Checking PIN…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="203"/>
        <source>密码不正确</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="207"/>
        <source>店长</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../ui/printing/preview.py" line="53"/>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="54"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="55"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="82"/>
        <source>共 {n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="135"/>
        <source>会员卡预览</source>
        <translation>Member card preview</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <location filename="../ui/privacy/actions.py" line="356"/>
        <source>隐私设置</source>
        <translation>Privacy settings</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="360"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="362"/>
        <source>生日/节日问候、售后回访等关怀消息视为服务(不需要营销同意)</source>
        <translation>Care messages such as birthday/holiday greetings and after-sale follow-ups count as service (no marketing consent needed)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="365"/>
        <source>隐私告知书版本</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="366"/>
        <source>资料保留期限</source>
        <translation>Data retention period</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="52"/>
        <source>基本档案</source>
        <translation>Basic profile</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="57"/>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="57"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="57"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="60"/>
        <source>如 汉族</source>
        <translation>e.g. Han</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="63"/>
        <source>不知道生日时填:1985年 / 约40岁 / 40多岁 / 80后</source>
        <translation>If the birthday is unknown: 1985 / about 40 / 40-something / born in the 80s</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="67"/>
        <source>如 上衣 M / 裤 27 / 鞋 37</source>
        <translation>e.g. top M / trousers 27 / shoes 37</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="76"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="77"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="84"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="84"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="84"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="85"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="85"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="86"/>
        <location filename="../ui/counter/profile_tab.py" line="228"/>
        <location filename="../ui/counter/profile_tab.py" line="230"/>
        <source>出生年份/年龄</source>
        <translation>Birth year / age</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="87"/>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="87"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="88"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="88"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="89"/>
        <source>入会渠道</source>
        <translation>Joined via</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="91"/>
        <source>介绍人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="93"/>
        <source>软档案(喜好与习惯)</source>
        <translation>Soft profile (preferences and habits)</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="106"/>
        <source>其他喜好、家庭、工作等,随聊随记</source>
        <translation>Other preferences, family, work, etc. — note them as you chat</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="110"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="115"/>
        <source>员工观察(气质、外形、体型变化、聊天要点)</source>
        <translation>Staff observations (style, look, body changes, conversation points)</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="122"/>
        <source>保存档案 (Ctrl+S)</source>
        <translation>Save profile (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="123"/>
        <source>保存档案的全部修改 (Ctrl+S)</source>
        <translation>Save all changes to the profile (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="132"/>
        <source>档案完整度(P10):姓名、手机、性别、生日、地址齐全才算完整档案</source>
        <translation>Profile completeness (P10): a profile is complete with name, mobile, gender, birthday and address</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="154"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="174"/>
        <location filename="../ui/counter/profile_tab.py" line="199"/>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="189"/>
        <source>档案完整度 {n}%</source>
        <translation>Profile {n}% complete</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="191"/>
        <source> — 下次到店请补充:{fields}</source>
        <translation> — please add at next visit: {fields}</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="231"/>
        <source>请填 1985年、约40岁、40多岁 或 80后 这样的写法</source>
        <translation>Please write it like 1985, about 40, 40-something or born in the 80s</translation>
    </message>
    <message>
        <location filename="../ui/counter/profile_tab.py" line="243"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="80"/>
        <source>积分兑换 — {name}</source>
        <translation>Redeem points — {name}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="83"/>
        <source>礼品</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="83"/>
        <source>所需积分</source>
        <translation>Points needed</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="83"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="83"/>
        <source>附赠现金券</source>
        <translation>Extra cash voucher</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="86"/>
        <source>兑换所选礼品</source>
        <translation>Redeem selected gift</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="90"/>
        <source>经办导购</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="105"/>
        <source>可用积分:{n}</source>
        <translation>Available points: {n}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="119"/>
        <source>请先选择一件礼品</source>
        <translation>Please select a gift first</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="122"/>
        <source>用 {p} 积分兑换「{name}」?</source>
        <translation>Redeem "{name}" for {p} points?</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="128"/>
        <source>大额积分兑换</source>
        <translation>A large points redemption</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="137"/>
        <source>已兑换「{name}」,扣 {p} 积分</source>
        <translation>Redeemed "{name}", {p} points deducted</translation>
    </message>
</context>
<context>
    <name>ReminderPane</name>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="70"/>
        <source>完成:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="83"/>
        <source>(不填)</source>
        <translation>(leave blank)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="87"/>
        <source>聊到的新情况,记入联系记录</source>
        <translation>New things from the chat — saved in the contact record</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="88"/>
        <source>结果(流失原因)</source>
        <translation>Result (reason for leaving)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="88"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="92"/>
        <source>(没问到)</source>
        <translation>(Not asked)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="97"/>
        <source>流失原因</source>
        <translation>Churn reason</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="98"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="99"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="100"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="117"/>
        <source>跳过:</source>
        <translation>Skip:</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="122"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="146"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="152"/>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="163"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="163"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="163"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="176"/>
        <source>复制短信</source>
        <translation>Copy SMS</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="177"/>
        <source>拨打</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="178"/>
        <source>完成…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="179"/>
        <source>跳过…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="180"/>
        <source>导出本组…</source>
        <translation>Export this group…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="181"/>
        <source>把短信内容复制到剪贴板</source>
        <translation>Copy the SMS text to the clipboard</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="182"/>
        <source>显示完整号码并复制,方便拨打</source>
        <translation>Show the full number and copy it for dialling</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="183"/>
        <source>把这一组导出为 Excel/CSV(手机号、短信内容),交给短信平台群发</source>
        <translation>Export this group to Excel/CSV (mobile numbers, SMS text) for a bulk SMS service</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="194"/>
        <source>发送短信…</source>
        <translation>Send SMS…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="195"/>
        <source>把选中的提醒(或选中的一组)通过短信服务商发送;先预览条数和费用</source>
        <translation>Send the selected reminders (or selected group) via the SMS provider; preview count and cost first</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="196"/>
        <source>发件箱</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="197"/>
        <source>企业微信…</source>
        <translation>WeCom…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="198"/>
        <source>逐条复制选中会员的短信,在企业微信里发送后记入联系记录</source>
        <translation>Copy each selected member's SMS one by one, send it in WeCom, then log it as a contact</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="209"/>
        <source>正在计算今日提醒…</source>
        <translation>Working out today's reminders…</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="278"/>
        <source>提醒加载失败:</source>
        <translation>Loading reminders failed:</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="286"/>
        <source>计算今日提醒</source>
        <translation>Working out today's reminders</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="301"/>
        <source>暂缓(防打扰)</source>
        <translation>Postponed (do not disturb)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="303"/>
        <source>,逾期 {n}</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="310"/>
        <source>【逾期】</source>
        <translation>[Overdue]</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="320"/>
        <source>……还有 {n} 位,请用“导出本组”群发</source>
        <translation>…and {n} more; please use "Export this group" to send in bulk</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="325"/>
        <source>今日提醒 {date}:{n} 项</source>
        <translation>Today's reminders {date}: {n} items</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="358"/>
        <source>选择一条提醒查看要说的话。</source>
        <translation>Select a reminder to see what to say.</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="359"/>
        <source>共 {n} 位。选中一位查看短信,或“导出本组”群发。</source>
        <translation>{n} members. Select one to see the SMS, or "Export this group" to send in bulk.</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="364"/>
        <source>建议发送时段:</source>
        <translation>Suggested sending time:</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="366"/>
        <source>暂缓原因:</source>
        <translation>Postponed because:</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="391"/>
        <source>短信内容已复制</source>
        <translation>SMS text copied</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="398"/>
        <source>{name}:{phone}
(号码已复制)</source>
        <translation>{name}: {phone}
(number copied)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="399"/>
        <source>拨打电话</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="451"/>
        <source>导出群发名单(含完整手机号)</source>
        <translation>Exporting the mailing list (with full phone numbers)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="454"/>
        <source>导出群发名单</source>
        <translation>Export bulk SMS list</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="455"/>
        <source>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel file (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="465"/>
        <source>已导出 {n} 条</source>
        <translation>{n} rows exported</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="498"/>
        <source>请先选择提醒(或选中一组)。</source>
        <translation>Select reminders (or a group) first.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../ui/reports/view.py" line="137"/>
        <source>会员月度汇总</source>
        <translation>Monthly member summary</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="144"/>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="144"/>
        <source>日期范围</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="155"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="156"/>
        <source>统计</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="157"/>
        <source>导出完整手机号</source>
        <translation>Export full mobile numbers</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="158"/>
        <source>默认打码(138****1234);勾选会记入审计日志</source>
        <translation>Masked by default (138****1234); ticking this is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="159"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="160"/>
        <source>统计期:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="215"/>
        <source>正在统计 {p}…</source>
        <translation>Calculating {p}…</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="216"/>
        <source>正在统计会员数据</source>
        <translation>Calculating member data</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="226"/>
        <source>{shop} · {p} · 生成于 {at}</source>
        <translation>{shop} · {p} · generated {at}</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="237"/>
        <source>导出会员月度汇总</source>
        <translation>Export monthly member summary</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="238"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="250"/>
        <source>工作簿将包含会员的完整手机号(会记入审计日志)。</source>
        <translation>The workbook will contain members' full phone numbers (this is recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="261"/>
        <source>已导出:{f}</source>
        <translation>Exported: {f}</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="262"/>
        <source>已导出 {p} 会员月度汇总:
{f}</source>
        <translation>Monthly member summary {p} exported:
{f}</translation>
    </message>
    <message>
        <location filename="../ui/reports/view.py" line="264"/>
        <source>正在导出会员月度汇总</source>
        <translation>Exporting monthly member summary</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../ui/privacy/actions.py" line="241"/>
        <source>待匿名化名单</source>
        <translation>Pending anonymisation</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="243"/>
        <source>超过 {n} 个月没有消费、没有联系的会员。按《个人信息保护法》,不再需要的个人信息应当删除;匿名化后消费记录仍保留在报表中。</source>
        <translation>Members with no purchase and no contact for over {n} months. Under the Personal Information Protection Law, personal information no longer needed should be deleted; after anonymisation the purchases stay in the reports.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="247"/>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="247"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="247"/>
        <source>最近活动</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="247"/>
        <source>入会日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="253"/>
        <source>全部匿名化…</source>
        <translation>Anonymise all…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="276"/>
        <source>共 {n} 位</source>
        <translation>{n} in total</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="283"/>
        <source>批量注销会员</source>
        <translation>Deleting members in bulk</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="285"/>
        <source>将 {n} 位会员的个人信息永久清除?
会先自动备份;消费和积分记录保留。</source>
        <translation>Permanently erase the personal information of {n} members?
A backup is made first; purchases and points are kept.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="299"/>
        <source>正在匿名化…</source>
        <translation>Anonymising…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="51"/>
        <source>退货 / 换货</source>
        <translation>Return / exchange</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="55"/>
        <source>原小票 {no}  {when}  实收 {paid}</source>
        <translation>Original receipt {no}  {when}  paid {paid}</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="77"/>
        <source>退换原因,如 尺码不合适</source>
        <translation>Reason for return/exchange, e.g. wrong size</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="79"/>
        <source>经办导购</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="80"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="86"/>
        <source>退款方式</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="90"/>
        <source>将退</source>
        <translation>Will refund</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="95"/>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="96"/>
        <source>退货并换货</source>
        <translation>Return and exchange</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="97"/>
        <source>先退这些商品,再为她记一笔新销售</source>
        <translation>Return these items first, then record a new sale for her</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="118"/>
        <source>退货 (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="138"/>
        <source>请在“退几件”里填数量</source>
        <translation>Enter how many to return under “Qty to return”</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="145"/>
        <source>退款 {total}</source>
        <translation>Refund {total}</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="147"/>
        <source>{method} {amount}</source>
        <translation>{method} {amount}</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="150"/>
        <source>退回储值 {amount}</source>
        <translation>back to stored value {amount}</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="152"/>
        <source>礼券抵扣部分不退 {amount}</source>
        <translation>voucher share not refunded {amount}</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="154"/>
        <source>扣回积分 {n}</source>
        <translation>{n} points taken back</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="155"/>
        <source>,</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="155"/>
        <source>:</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="161"/>
        <source>导购:请选择经办导购</source>
        <translation>Staff: please choose who handled it</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="57"/>
        <source>会员:{name}  {phone}  {tier}</source>
        <translation>Member: {name}  {phone}  {tier}</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="59"/>
        <source>记一笔销售 — {name} {phone} {tier}</source>
        <translation>Record a sale — {name} {phone} {tier}</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="64"/>
        <source>散客(非会员)销售</source>
        <translation>Walk-in (non-member) sale</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="65"/>
        <source>非会员销售 — 散客</source>
        <translation>Non-member sale — walk-in</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="66"/>
        <source>散</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="83"/>
        <source>录入商品(回车或 Insert 添加一行)</source>
        <translation>Enter items (Enter or Insert adds a line)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="91"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="94"/>
        <source>9=9折</source>
        <translation>9 = 10% off</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="95"/>
        <source>单品折扣:9 表示9折,95 表示9.5折,空白不打折;会员折扣另外自动计算</source>
        <translation>Item discount: 9 means 10% off, 95 means 5% off, blank means no discount; the member discount is calculated automatically on top</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="96"/>
        <source>添加 (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="99"/>
        <location filename="../ui/counter/sale_dialog.py" line="188"/>
        <source>款号</source>
        <translation>Style no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="99"/>
        <source>品类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="100"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="100"/>
        <location filename="../ui/counter/sale_dialog.py" line="190"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="101"/>
        <location filename="../ui/counter/sale_dialog.py" line="191"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="101"/>
        <location filename="../ui/counter/sale_dialog.py" line="192"/>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="114"/>
        <source>删除选中行 (Delete)</source>
        <translation>Delete selected line (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="122"/>
        <source>导购(必选)</source>
        <translation>Staff (required)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="123"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="125"/>
        <source>结算</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="135"/>
        <source>原价合计</source>
        <translation>List price total</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="136"/>
        <source>会员折扣</source>
        <translation>Member discount</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="137"/>
        <source>应收</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="138"/>
        <source>本单积分</source>
        <translation>Points this sale</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="141"/>
        <source>确认收款 (Ctrl+Enter)</source>
        <translation>Confirm payment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="142"/>
        <source>记录这笔销售 (Ctrl+Enter)</source>
        <translation>Record this sale (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="145"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="186"/>
        <source>第 {n} 行</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="188"/>
        <source>请填写款号</source>
        <translation>Please enter the style no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="257"/>
        <source>非会员无折扣</source>
        <translation>No discount for non-members</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="260"/>
        <source>本单后升级为 {tier}!</source>
        <translation>This sale upgrades her to {tier}!</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="264"/>
        <source>本单满 {n} 件,可免费办卡入会</source>
        <translation>This sale has {n} or more items: a free membership card can be issued</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="277"/>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="277"/>
        <source>销售窗口只能扫礼券</source>
        <translation>Only vouchers can be scanned in the sale window</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="279"/>
        <source>礼券</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="279"/>
        <source>这张礼券不属于本单会员或已不能使用</source>
        <translation>This voucher doesn't belong to this sale's member or can no longer be used</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="285"/>
        <source>已使用礼券</source>
        <translation>Voucher used</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="299"/>
        <source>商品</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="299"/>
        <source>请至少录入一件商品</source>
        <translation>Please enter at least one item</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="302"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="302"/>
        <source>请选择导购</source>
        <translation>Please choose the staff member</translation>
    </message>
</context>
<context>
    <name>SalesImportDialog</name>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="41"/>
        <location filename="../ui/loyalty/sales_import.py" line="121"/>
        <source>导入销售明细</source>
        <translation>Import sales details</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="44"/>
        <source>收银系统导出的 .xlsx 或 .csv</source>
        <translation>.xlsx or .csv exported from the till system</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="45"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="47"/>
        <source>检查(不写入)</source>
        <translation>Check (no writing)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="49"/>
        <source>列:日期时间、小票号、会员(手机或卡号)、款号、品类、尺码、单价、数量、折扣、实收金额、导购、类型(销售/退货)、原小票号、退款方式(退货:现金/银行卡/微信/支付宝/储值)</source>
        <translation>Columns: date/time, receipt no., member (mobile or card no.), style no., category, size, unit price, quantity, discount, amount paid, sales associate, type (sale/return), original receipt no., refund method (returns: cash/bank card/WeChat/Alipay/stored value)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="52"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="52"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="52"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="52"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="52"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="53"/>
        <source>有问题行时全部不导入</source>
        <translation>Import nothing if any row has problems</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="54"/>
        <source>只导入没有问题的小票</source>
        <translation>Import only receipts without problems</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="56"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="78"/>
        <source>选择销售明细文件</source>
        <translation>Choose sales details file</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="79"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="97"/>
        <source>已写入</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="98"/>
        <source>检查结果(未写入)</source>
        <translation>Check result (not written)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="98"/>
        <source>有问题行,未写入任何数据</source>
        <translation>There are problem rows; nothing was written</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="99"/>
        <source>{head}:读取 {read} 行,导入 {imp},跳过(已导入过){skip},有问题 {bad}</source>
        <translation>{head}: {read} rows read, {imp} imported, {skip} skipped (already imported), {bad} with problems</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="108"/>
        <source>文件:请选择要导入的文件</source>
        <translation>File: please choose the file to import</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/sales_import.py" line="110"/>
        <source>检查销售明细</source>
        <translation>Check sales details</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/counter/search_box.py" line="28"/>
        <source>手机尾号 / 手机号 / 卡号 / 姓名 / 拼音首字母(Ctrl+F)</source>
        <translation>Phone ending / mobile / card no. / name / pinyin initials (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/counter/search_box.py" line="29"/>
        <source>输入手机后4位、完整手机号、卡号、姓名或拼音,回车打开会员(Ctrl+F / F6)</source>
        <translation>Enter the last 4 digits of the mobile, the full mobile, card no., name or pinyin and press Enter to open the member (Ctrl+F / F6)</translation>
    </message>
</context>
<context>
    <name>SegmentTab</name>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="39"/>
        <source>尚未计算分群(报表 → 重新计算会员分群)</source>
        <translation>Segments not calculated yet (Reports → Recalculate member segments)</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="41"/>
        <source>R{r} F{f} M{m}(1–5 分,5 最好)</source>
        <translation>R{r} F{f} M{m} (1–5, 5 is best)</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="41"/>
        <source>未消费</source>
        <translation>No purchases</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="45"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="45"/>
        <source>(满 3 次购买后判断)</source>
        <translation>(judged after 3 purchases)</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="46"/>
        <location filename="../ui/reports/segment_tab.py" line="47"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="47"/>
        <source>是:已超过她平时的购买间隔</source>
        <translation>Yes: longer than her usual time between purchases</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="48"/>
        <source>购买 {n} 次,消费 {m},客单价 {a}</source>
        <translation>{n} purchases, spent {m}, average sale {a}</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="53"/>
        <source>规则见 帮助 → 会员分群规则</source>
        <translation>Rules under Help → Member segment rules</translation>
    </message>
</context>
<context>
    <name>SendSmsDialog</name>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="56"/>
        <location filename="../ui/messaging/send_dialog.py" line="86"/>
        <location filename="../ui/messaging/send_dialog.py" line="127"/>
        <location filename="../ui/messaging/send_dialog.py" line="131"/>
        <source>发送短信</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="59"/>
        <source>将发送 {n} 条短信,计费 {u} 条,约 ¥{c};不发 {x} 位。</source>
        <translation>Will send {n} SMS, billed as {u}, about ¥{c}; {x} members skipped.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="64"/>
        <location filename="../ui/messaging/send_dialog.py" line="67"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="64"/>
        <location filename="../ui/messaging/send_dialog.py" line="67"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="64"/>
        <source>计费</source>
        <translation>Billed</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="64"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="64"/>
        <source>短信内容</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="67"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="69"/>
        <source>要发送的 ({n})</source>
        <translation>To send ({n})</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="70"/>
        <source>不发送的 ({n})</source>
        <translation>Not sent ({n})</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="72"/>
        <source>发送</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="81"/>
        <source>请先选择要发短信的提醒(或选中一组)。</source>
        <translation>Select the reminders to text first (or a group).</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="84"/>
        <source>还没有设置短信服务商,会员管家不会发送任何短信。
店长可在“发件箱 → 短信设置”里设置阿里云或腾讯云短信(或用命令 vipdesk sms configure);也可以用“企业微信”逐条复制发送。</source>
        <translation>No SMS provider is set up yet, so VIP Desk won't send any SMS.
The owner can set up Alibaba Cloud or Tencent Cloud SMS under "Outbox → SMS settings" (or run vipdesk sms configure); or use "WeCom" to copy and send one by one.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="96"/>
        <source>准备短信预览</source>
        <translation>Preparing SMS preview</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="103"/>
        <source>发送短信会产生费用并使用完整手机号。</source>
        <translation>Sending SMS costs money and uses full phone numbers.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="106"/>
        <source>店长</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="121"/>
        <source>已提交 {s} 条,失败 {f} 条,等待 {w} 条,待确认 {u} 条。</source>
        <translation>Submitted {s}, failed {f}, waiting {w}, unconfirmed {u}.</translation>
    </message>
    <message>
        <location filename="../ui/messaging/send_dialog.py" line="124"/>
        <source>已停止:</source>
        <translation>Stopped:</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../ui/privacy/pin.py" line="51"/>
        <source>修改店长密码</source>
        <translation>Change manager password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="51"/>
        <source>设置店长密码</source>
        <translation>Set manager password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="54"/>
        <source>店长密码用于:修改设置、导出完整手机号、批量操作、注销会员和恢复备份。导购日常收银、入会、记联系不需要密码。
请设置 6–12 位数字,不要用 111111、123456 这类容易猜的数字。</source>
        <translation>The owner password is for: changing settings, exporting full mobile numbers, bulk actions, deleting members and restoring backups. Clerks don't need it for daily checkout, enrolling or logging contacts.
Set 6–12 digits; avoid easy guesses like 111111 or 123456.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="62"/>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="65"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="66"/>
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="70"/>
        <source>保存密码</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="73"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="73"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="91"/>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="108"/>
        <source>店长账号已建立。请把下面的恢复码抄在纸上,放在安全的地方(不要存在这台电脑里):

{code}

忘记密码或店长账号丢失时,只有用这个恢复码才能恢复店长权限。</source>
        <translation>Owner account created. Write the recovery code below on paper and keep it somewhere safe (not on this computer):

{code}

If you forget the password or lose the owner account, only this recovery code can restore owner access.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="110"/>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/loyalty/settings.py" line="103"/>
        <source>如 9 表示9折;空白不打折</source>
        <translation>e.g. 9 means 10% off; blank means no discount</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="106"/>
        <source>所有会员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="143"/>
        <source>请用逗号分隔月份,如 3,6,9,12</source>
        <translation>Separate months with commas, e.g. 3,6,9,12</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="145"/>
        <source>月份应在 1 到 12 之间</source>
        <translation>Months must be between 1 and 12</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="156"/>
        <source>年度复核日</source>
        <translation>Annual review day</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="156"/>
        <source>格式为 月-日,如 01-01</source>
        <translation>Format month-day, e.g. 01-01</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/setup/wizard.py" line="42"/>
        <source>欢迎使用会员管家 — 首次设置</source>
        <translation>Welcome to VIP Desk — first-time setup</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="45"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="46"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="47"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="48"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="52"/>
        <source>店铺信息</source>
        <translation>Shop info</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="53"/>
        <source>会印在小票、会员卡和来电名单上。</source>
        <translation>Printed on tickets, member cards and call lists.</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="58"/>
        <source>店名</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="59"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="60"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="63"/>
        <source>行业与默认规则</source>
        <translation>Industry and default rules</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="64"/>
        <source>选行业后填入该行业的默认值,可以现在修改,以后也可在设置里改。</source>
        <translation>Choosing an industry fills in its defaults; change them now or later in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="69"/>
        <location filename="../ui/setup/wizard.py" line="70"/>
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="71"/>
        <source> 分/元</source>
        <translation> pts/¥</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="72"/>
        <location filename="../ui/setup/wizard.py" line="73"/>
        <location filename="../ui/setup/wizard.py" line="74"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="75"/>
        <source> 元</source>
        <translation> ¥</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="79"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="80"/>
        <source>银卡积分</source>
        <translation>Silver card points</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="81"/>
        <source>金卡积分</source>
        <translation>Gold card points</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="82"/>
        <source>每消费 1 元积</source>
        <translation>Points per ¥1 spent</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="83"/>
        <source>购买后电话回访</source>
        <translation>Follow-up call after purchase</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="84"/>
        <source>购买后回访短信</source>
        <translation>Follow-up SMS after purchase</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="85"/>
        <source>至少每隔多久联系</source>
        <translation>Contact at least every</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="86"/>
        <source>生日礼券</source>
        <translation>Birthday voucher</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="91"/>
        <location filename="../ui/setup/wizard.py" line="98"/>
        <source>店长密码</source>
        <translation>Owner password</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="92"/>
        <source>改设置、导出完整手机号、恢复备份时要输入。6–12 位数字。</source>
        <translation>Asked when changing settings, exporting full phone numbers or restoring a backup. 6–12 digits.</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="99"/>
        <source>再输一次</source>
        <translation>Enter again</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="102"/>
        <source>怎么开始</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="106"/>
        <source>导入现有会员(Excel / CSV)</source>
        <translation>Import existing members (Excel / CSV)</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="106"/>
        <source>从空白开始</source>
        <translation>Start from scratch</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="107"/>
        <source>试用示范店(另建一个示范数据库,不影响本店)</source>
        <translation>Try the demo shop (creates a separate demo database; your shop is unaffected)</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="128"/>
        <source>以上默认值来自店铺资料(培训手册)。</source>
        <translation>These defaults come from the shop profile (training manual).</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="129"/>
        <source>资料里没有珠宝行业的等级标准:以上为按客单价估算的默认值,请店长核对。</source>
        <translation>No jewelry-industry tier standards in the data: the values above are defaults estimated from average ticket size. Owner, please check them.</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="142"/>
        <source>店名:请填写店名(会印在小票、会员卡和名单上)</source>
        <translation>Store name: please enter the store name (printed on tickets, member cards and lists)</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="145"/>
        <source>等级积分:金卡积分应高于银卡积分</source>
        <translation>Tier points: Gold points must be higher than Silver points</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="148"/>
        <source>店长密码:两次输入的不一样</source>
        <translation>Owner password: the two entries do not match</translation>
    </message>
    <message>
        <location filename="../ui/setup/wizard.py" line="160"/>
        <source>店长账号已建立。请把恢复码抄在纸上,放在安全的地方:

{code}

忘记密码时,只有用这个恢复码才能恢复店长权限。</source>
        <translation>The owner account is set up. Write the recovery code on paper and keep it somewhere safe:

{code}

If the PIN is forgotten, only this recovery code restores owner rights.</translation>
    </message>
</context>
<context>
    <name>SmsFields</name>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>姓</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>称呼</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>店名</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>祝福</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>孩子</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="43"/>
        <source>纪念日</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>新会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>天气关怀</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>购买</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>建议尺码</source>
        <translation>Suggested size</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>到期积分</source>
        <translation>Expiring points</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>她</source>
        <translation>Pronoun</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>祝愿</source>
        <translation>Blessing</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="44"/>
        <source>低分</source>
        <translation>Low scores</translation>
    </message>
</context>
<context>
    <name>SmsSettingsDialog</name>
    <message>
        <location filename="../ui/messaging/settings.py" line="65"/>
        <location filename="../ui/messaging/settings.py" line="191"/>
        <source>短信设置</source>
        <translation>SMS Settings</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="69"/>
        <source>短信服务商</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="72"/>
        <source>阿里云短信</source>
        <translation>Alibaba Cloud SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="73"/>
        <source>腾讯云短信</source>
        <translation>Tencent Cloud SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="78"/>
        <source>不改就留空;保存在系统凭据管理器,不进数据库</source>
        <translation>Leave blank to keep unchanged; stored in the system credential manager, not in the database</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="81"/>
        <source>留空 = 官方地址</source>
        <translation>Blank = official address</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="84"/>
        <source>服务商</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="85"/>
        <source>短信签名(店名)</source>
        <translation>SMS signature (store name)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="86"/>
        <source>AccessKey ID / SecretId</source>
        <translation>AccessKey ID / SecretId</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="87"/>
        <source>密钥</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="88"/>
        <source>SdkAppId(腾讯云)</source>
        <translation>SdkAppId (Tencent Cloud)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="89"/>
        <source>服务地址</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="99"/>
        <source>费用与限制</source>
        <translation>Costs and limits</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="107"/>
        <source>每条计费价格(分)</source>
        <translation>Price per message (cents)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="108"/>
        <source>每批最多计费条数(0 = 不限)</source>
        <translation>Max billed messages per batch (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="109"/>
        <source>每月最多计费条数(0 = 不限)</source>
        <translation>Max billed messages per month (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="110"/>
        <source>每个号码每天最多条数</source>
        <translation>Max messages per number per day</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="111"/>
        <source>营销短信发送时段</source>
        <translation>Marketing SMS sending hours</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="112"/>
        <source>通知短信发送时段</source>
        <translation>Notification SMS sending hours</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="115"/>
        <source>每种提醒对应服务商审核通过的模板。变量写成 名称=字段,如 name=姓名, fest=节日(腾讯云按位置:1=姓名, 2=节日);字段:</source>
        <translation>Each reminder uses a template approved by the provider. Write variables as name=field, e.g. name=Name, fest=Holiday (Tencent Cloud uses positions: 1=Name, 2=Holiday); fields:</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="116"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="122"/>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="122"/>
        <source>模板编号</source>
        <translation>Template ID</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="122"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="122"/>
        <source>变量</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="122"/>
        <source>模板内容</source>
        <translation>Template content</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="130"/>
        <source>通知短信</source>
        <translation>Notification SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="131"/>
        <source>营销短信</source>
        <translation>Marketing SMS</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="139"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/messaging/settings.py" line="193"/>
        <source>部分设置未保存</source>
        <translation>Some settings were not saved</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="43"/>
        <source>导购管理</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="46"/>
        <source>新导购姓名</source>
        <translation>New staff member's name</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="47"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="50"/>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="52"/>
        <source>停用 / 启用</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="53"/>
        <source>离职导购停用即可,历史销售和会员仍显示其姓名</source>
        <translation>Deactivate staff who have left; past sales and members still show their name</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="76"/>
        <source>{name}(已停用)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="93"/>
        <source>添加导购 {name}</source>
        <translation>Add staff member {name}</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="107"/>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="107"/>
        <source>新姓名</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="113"/>
        <source>导购 {old} 改名为 {new}</source>
        <translation>Staff member {old} renamed to {new}</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="127"/>
        <source>恢复导购 {name}</source>
        <translation>Reactivate staff member {name}</translation>
    </message>
    <message>
        <location filename="../ui/counter/staff_dialog.py" line="127"/>
        <source>停用导购 {name}</source>
        <translation>Deactivate staff member {name}</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../ui/access/staff.py" line="109"/>
        <source>员工与权限</source>
        <translation>Staff and permissions</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="113"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="113"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="113"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="119"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="120"/>
        <source>改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="121"/>
        <source>重设密码…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="122"/>
        <location filename="../ui/access/staff.py" line="200"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="147"/>
        <source> 积分</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="149"/>
        <source>“大额积分兑换”指超过</source>
        <translation>"Large points redemption" means more than</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="150"/>
        <source>店长一列固定全部允许,以免店里把自己锁在门外。空格键勾选或取消。</source>
        <translation>The owner column is always fully allowed, so the shop can never lock itself out. Press Space to tick or untick.</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="152"/>
        <source>保存权限</source>
        <translation>Save permissions</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="160"/>
        <source>员工账号(离职的员工请停用;有销售记录的人不会被删除)</source>
        <translation>Staff accounts (deactivate staff who leave; people with sales are never deleted)</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="162"/>
        <source>角色权限</source>
        <translation>Role permissions</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="176"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="176"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="200"/>
        <source>启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="226"/>
        <source>{name} 的新角色:</source>
        <translation>New role for {name}:</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="226"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="244"/>
        <source>已为 {name} 设置新密码。</source>
        <translation>New PIN set for {name}.</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="253"/>
        <source>停用 {name} 的账号?停用后不能再登录;销售和入会记录仍保留在其名下。</source>
        <translation>Deactivate {name}'s account? They can no longer sign in; their sales and enrolments stay under their name.</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="303"/>
        <source>权限已保存。</source>
        <translation>Permissions saved.</translation>
    </message>
</context>
<context>
    <name>StoredValueDialog</name>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="153"/>
        <source>储值 — {name}</source>
        <translation>Stored value — {name}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="156"/>
        <source>储值功能未启用:请在 设置 → 积分与等级设置 → 储值 中打开。</source>
        <translation>Stored value is not enabled: turn it on under Settings → Points and tier settings → Stored value.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="158"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="158"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="158"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="158"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="160"/>
        <source>元,例如 1000</source>
        <translation>yuan, e.g. 1000</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="166"/>
        <location filename="../ui/loyalty/dialogs.py" line="205"/>
        <location filename="../ui/loyalty/dialogs.py" line="214"/>
        <source>充值金额</source>
        <translation>Top-up amount</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="168"/>
        <source>经办导购</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="169"/>
        <source>充值</source>
        <translation>Top up</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="171"/>
        <source>退所选充值</source>
        <translation>Refund selected top-up</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="173"/>
        <source>凭条另存为 PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="175"/>
        <source>打印凭条</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="196"/>
        <source>储值余额:</source>
        <translation>Stored value balance:</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="210"/>
        <source>赠送 {b}</source>
        <translation>Bonus {b}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="216"/>
        <source>,赠送 {b}</source>
        <translation>, bonus {b}</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="217"/>
        <source>确认收款 {a} 充值{extra}?</source>
        <translation>Confirm payment {a} for top-up{extra}?</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="231"/>
        <source>请先选择一笔充值</source>
        <translation>Please select a top-up first</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="233"/>
        <source>退回这笔充值(赠送部分一并扣回)?</source>
        <translation>Refund this top-up (the bonus is taken back too)?</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="237"/>
        <source>退回储值</source>
        <translation>Refunding stored value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="251"/>
        <location filename="../ui/loyalty/dialogs.py" line="260"/>
        <source>请先选择一笔储值记录</source>
        <translation>Please select a stored value entry first</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="255"/>
        <source>储值凭条</source>
        <translation>Stored value receipt</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="263"/>
        <source>保存凭条</source>
        <translation>Save receipt</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../ui/care/templates.py" line="50"/>
        <source>短信模板</source>
        <translation>SMS templates</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="80"/>
        <source>预览:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="92"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="93"/>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="113"/>
        <source>(已修改)</source>
        <translation>(modified)</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="138"/>
        <source>打电话时要说的要点</source>
        <translation>Points to make on the phone</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="138"/>
        <source>短信内容</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="155"/>
        <source>不认识的占位符:</source>
        <translation>Unknown placeholder:</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="159"/>
        <source>共 {n} 字,约 {p} 条短信</source>
        <translation>{n} characters, about {p} SMS</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="166"/>
        <source>模板不能为空;要用默认文字请点“恢复默认”</source>
        <translation>The template cannot be empty; to use the default text click "Restore default"</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="168"/>
        <source>修改短信模板</source>
        <translation>Changing the SMS templates</translation>
    </message>
    <message>
        <location filename="../ui/care/templates.py" line="176"/>
        <source>恢复默认模板</source>
        <translation>Restoring the default templates</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="224"/>
        <source>按小票号退货</source>
        <translation>Return by receipt no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="226"/>
        <source>如 V20261123-0001,或扫描小票条码</source>
        <translation>e.g. V20261123-0001, or scan the ticket barcode</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="230"/>
        <source>小票号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="243"/>
        <source>找不到小票:</source>
        <translation>Receipt not found:</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="245"/>
        <source>这是一张退货单,请输入原销售小票号</source>
        <translation>This is a return slip; please enter the original sales receipt no.</translation>
    </message>
</context>
<context>
    <name>TicketPicker</name>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="183"/>
        <source>退货 — {name}:选择小票</source>
        <translation>Return — {name}: choose a ticket</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="188"/>
        <source>{no}  {when}  实收 {paid}  {n} 件</source>
        <translation>{no}  {when}  Paid {paid}  {n} items</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="194"/>
        <source>退这张</source>
        <translation>Return this one</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="196"/>
        <source>↑↓ 选小票,回车确定</source>
        <translation>↑↓ choose ticket, Enter to confirm</translation>
    </message>
</context>
<context>
    <name>TillPrinter</name>
    <message>
        <location filename="../ui/printing/till.py" line="43"/>
        <source>还没有可重打的小票</source>
        <translation>No ticket to reprint yet</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="55"/>
        <source>还没有可预览的小票</source>
        <translation>No receipt to preview yet</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="63"/>
        <source>小票预览</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="82"/>
        <source>销售已保存,但小票没打出来:{e}
检查打印机后,用 销售 → 重打上一张 (Ctrl+P) 再打。</source>
        <translation>Sale saved, but the ticket did not print: {e}
Check the printer, then use Sales → Reprint Last (Ctrl+P) to print it again.</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="84"/>
        <source>小票打印失败</source>
        <translation>Ticket printing failed</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="87"/>
        <source>小票已打印</source>
        <translation>Ticket printed</translation>
    </message>
    <message>
        <location filename="../ui/printing/till.py" line="89"/>
        <source>打印小票</source>
        <translation>Print ticket</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/access/staff.py" line="69"/>
        <source>重设密码</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="69"/>
        <source>添加员工</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="79"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="81"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="84"/>
        <source>密码</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="85"/>
        <source>再输一次</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="94"/>
        <source>请填写姓名</source>
        <translation>Please enter a name</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="97"/>
        <source>两次输入的密码不一样</source>
        <translation>The two PINs do not match</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="206"/>
        <source>到店未购</source>
        <translation>Visit, no purchase</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="211"/>
        <source>如 试了新款大衣,嫌颜色深</source>
        <translation>e.g. tried the new coat, found the colour too dark</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="212"/>
        <source>接待导购</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="213"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VoucherListDialog</name>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="279"/>
        <source>礼券</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="284"/>
        <source>券号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="284"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="284"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="284"/>
        <source>面值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="285"/>
        <source>生效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="285"/>
        <source>到期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="285"/>
        <location filename="../ui/loyalty/dialogs.py" line="292"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="287"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="288"/>
        <source>作废所选</source>
        <translation>Void selected</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="314"/>
        <source>长期</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="320"/>
        <source>请先选择一张券</source>
        <translation>Please select a voucher first</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="323"/>
        <source>
由积分换来的券作废后退回 {n} 积分。</source>
        <translation>
A voucher bought with points returns {n} points when voided.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="324"/>
        <source>作废礼券 {code}?</source>
        <translation>Void voucher {code}?</translation>
    </message>
</context>
<context>
    <name>VoucherPrintDialog</name>
    <message>
        <location filename="../ui/printing/vouchers.py" line="43"/>
        <source>打印礼券 — {name}</source>
        <translation>Print vouchers — {name}</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="46"/>
        <source>打印礼券</source>
        <translation>Print vouchers</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="49"/>
        <source>长期有效</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="50"/>
        <source>{code}  {kind}  {value}  到期 {when}</source>
        <translation>{code}  {kind}  {value}  expires {when}</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="59"/>
        <source>没有可用的礼券</source>
        <translation>No open vouchers</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="62"/>
        <source>礼券纸 120×54 毫米,每张一券</source>
        <translation>Voucher stock 120×54 mm, one per sheet</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="63"/>
        <source>A4 纸,每页 5 张(裁开)</source>
        <translation>A4 paper, 5 per page (cut apart)</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="71"/>
        <source>预览并打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="72"/>
        <source>存为 PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="79"/>
        <source>空格勾选,回车预览</source>
        <translation>Space ticks a voucher, Enter previews</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="83"/>
        <source>纸张(&amp;P):</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="105"/>
        <location filename="../ui/printing/vouchers.py" line="116"/>
        <source>请先勾选要打印的礼券</source>
        <translation>Tick the vouchers to print first</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="109"/>
        <source>礼券预览</source>
        <translation>Voucher preview</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="119"/>
        <source>保存礼券</source>
        <translation>Save vouchers</translation>
    </message>
    <message>
        <location filename="../ui/printing/vouchers.py" line="119"/>
        <source>礼券.pdf</source>
        <translation>vouchers.pdf</translation>
    </message>
</context>
<context>
    <name>WeComAssistDialog</name>
    <message>
        <location filename="../ui/messaging/wecom.py" line="41"/>
        <source>企业微信发送助手</source>
        <translation>WeCom Send Assistant</translation>
    </message>
    <message>
        <location filename="../ui/messaging/wecom.py" line="55"/>
        <source>复制本条 (Ctrl+C)</source>
        <translation>Copy this message (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/wecom.py" line="57"/>
        <source>复制名单(群发助手)</source>
        <translation>Copy list (mass-send assistant)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/wecom.py" line="58"/>
        <source>已发送,记入联系记录 (Ctrl+Enter)</source>
        <translation>Sent, add to contact log (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/messaging/wecom.py" line="97"/>
        <source>已通过企业微信发送</source>
        <translation>Sent via WeCom</translation>
    </message>
</context>
<context>
    <name>_FallbackReminderPane</name>
    <message>
        <location filename="../ui/main_window.py" line="52"/>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../ui/access/feature.py" line="72"/>
        <source>会员管家已锁定(长时间无操作)。请登录后继续。</source>
        <translation>VIP Desk is locked (no activity for a long time). Please log in to continue.</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="80"/>
        <source>还没有员工账号。请先设置店长密码,再在“员工与权限”中添加导购。</source>
        <translation>No staff accounts yet. Set the owner password first, then add clerks under "Staff &amp; Permissions".</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="82"/>
        <source>切换用户:请选择你的名字并输入密码。</source>
        <translation>Switch user: choose your name and enter your password.</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="96"/>
        <source>请把下面的恢复码抄在纸上,放在安全的地方(不要存在这台电脑里):

{code}

店长账号丢失或被删除时,只有用这个恢复码才能恢复店长权限。</source>
        <translation>Write this recovery code on paper and keep it somewhere safe (not on this PC):

{code}

If the owner account is ever lost or deleted, only this code can restore the owner's access.</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="97"/>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="106"/>
        <source>当前:{name}({role})</source>
        <translation>Current: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="107"/>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="129"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="130"/>
        <source>换一位导购登录(F12);销售和入会记在登录的人名下</source>
        <translation>Log in as another clerk (F12); sales and sign-ups are credited to whoever is logged in</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="134"/>
        <source>员工与权限…</source>
        <translation>Staff and permissions…</translation>
    </message>
    <message>
        <location filename="../ui/access/feature.py" line="135"/>
        <source>店长添加、停用员工账号,重设密码,设置各角色能做什么</source>
        <translation>Owner: add or deactivate staff accounts, reset PINs, set what each role may do</translation>
    </message>
</context>
<context>
    <name>access_staff</name>
    <message>
        <location filename="../ui/access/staff.py" line="51"/>
        <source>6–12 位数字</source>
        <translation>6–12 digits</translation>
    </message>
    <message>
        <location filename="../ui/access/staff.py" line="311"/>
        <source>修改员工与权限</source>
        <translation>Changing staff and permissions</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="58"/>
        <source>正在创建示范店铺…</source>
        <translation>Creating demo shop…</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="111"/>
        <source>会员管家</source>
        <translation>vipdesk</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="140"/>
        <source>会员管家已经打开了这个数据库({path}),已切换到那个窗口。</source>
        <translation>VIP Desk already has this database open ({path}); switched to that window.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="146"/>
        <source>会员管家已经打开</source>
        <translation>VIP Desk is already open</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="158"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../ui/common/dialogs.py" line="30"/>
        <source>{field}:{message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="33"/>
        <source>操作未完成,发生了意外错误:</source>
        <translation>The action was not completed; an unexpected error occurred:</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="45"/>
        <location filename="../ui/common/dialogs.py" line="70"/>
        <location filename="../ui/common/dialogs.py" line="136"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="45"/>
        <location filename="../ui/common/dialogs.py" line="70"/>
        <location filename="../ui/common/dialogs.py" line="136"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="45"/>
        <location filename="../ui/common/dialogs.py" line="70"/>
        <location filename="../ui/common/dialogs.py" line="134"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="80"/>
        <source>无法完成</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="84"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="89"/>
        <location filename="../ui/common/dialogs.py" line="93"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="134"/>
        <location filename="../ui/common/unsaved.py" line="81"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="135"/>
        <location filename="../ui/common/unsaved.py" line="81"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="135"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="137"/>
        <location filename="../ui/common/unsaved.py" line="81"/>
        <source>不保存</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="137"/>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="138"/>
        <source>恢复</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../ui/common/dialogs.py" line="138"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../ui/common/unsaved.py" line="81"/>
        <source>有未保存的修改。</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../ui/common/unsaved.py" line="82"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ui/safety/errors.py" line="32"/>
        <source>这个操作</source>
        <translation>this operation</translation>
    </message>
    <message>
        <location filename="../ui/safety/errors.py" line="38"/>
        <source>出了点问题</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../formatting.py" line="67"/>
        <location filename="../model/members/calendar.py" line="173"/>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="72"/>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="77"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="93"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="102"/>
        <source>闰{n}月</source>
        <translation>Leap month {n}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="102"/>
        <source>{n}月</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="114"/>
        <source>{n}日</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="126"/>
        <source>农历闰{month}/{day}</source>
        <translation>Lunar leap {month}/{day}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="126"/>
        <source>农历{month}/{day}</source>
        <translation>Lunar {month}/{day}</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="140"/>
        <source>无折扣</source>
        <translation>no discount</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="145"/>
        <source>{rate}折</source>
        <translation>{off}% off</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="151"/>
        <source>{n}积分</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../model/members/calendar.py" line="161"/>
        <source>闰{month}/{day}</source>
        <translation>leap {month}/{day}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="44"/>
        <source>1–3岁</source>
        <translation>1–3 yrs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="46"/>
        <source>4–6岁</source>
        <translation>4–6 yrs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="48"/>
        <source>7–11岁</source>
        <translation>7–11 yrs</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="49"/>
        <source>12岁以上</source>
        <translation>12 yrs and over</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <source>年龄段</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="102"/>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="136"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="136"/>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="136"/>
        <source>下次</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="167"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="167"/>
        <source>办卡日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="167"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="167"/>
        <source>售价</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="167"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <source>小票号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="207"/>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/counter/detail_tabs.py" line="282"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="91"/>
        <source>结婚纪念日</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="91"/>
        <source>其他纪念日</source>
        <translation>Other anniversary</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>款号</source>
        <translation>Style no.</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>品类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <source>已买</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <source>可退</source>
        <translation>Returnable</translation>
    </message>
    <message>
        <location filename="../ui/counter/return_dialog.py" line="44"/>
        <source>退几件</source>
        <translation>Qty to return</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../ui/counter/sale_dialog.py" line="46"/>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <location filename="../ui/loyalty/feature.py" line="25"/>
        <source>请先在左侧选中一位会员</source>
        <translation>Please select a member on the left first</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="80"/>
        <source>导入销售明细</source>
        <translation>Importing sales details</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="109"/>
        <source>数据库一直被占用(可能正在导入),积分与礼券日常处理重试 {n} 次后仍未完成,下次启动时会再做。</source>
        <translation>The database stayed busy (perhaps an import is running): the daily points and voucher jobs did not finish after {n} tries. They will run again at the next start.</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="113"/>
        <source>积分与礼券日常处理没有完成:{error}(详见日志)</source>
        <translation>The daily points and voucher jobs did not finish: {error} (see the log)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="118"/>
        <source>积分与礼券日常处理</source>
        <translation>Daily points and voucher handling</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="145"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="149"/>
        <source>积分与等级设置…</source>
        <translation>Points and tier settings…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="150"/>
        <source>积分兑换…</source>
        <translation>Redeem points…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="151"/>
        <source>储值…</source>
        <translation>Stored value…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="152"/>
        <source>礼券…</source>
        <translation>Vouchers…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="153"/>
        <source>导购激励…</source>
        <translation>Staff incentives…</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/feature.py" line="154"/>
        <source>导入销售明细…</source>
        <translation>Import sales details…</translation>
    </message>
</context>
<context>
    <name>privacy_actions</name>
    <message>
        <location filename="../ui/privacy/actions.py" line="67"/>
        <source>请先打开一位会员。</source>
        <translation>Please open a member first.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="86"/>
        <source>已撤回 {name} 的营销同意,今后不再给她发营销信息。</source>
        <translation>{name}'s marketing consent was withdrawn; she will receive no more marketing messages.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="95"/>
        <source>{name} 同意接收活动、促销等营销信息吗?(请当面确认)</source>
        <translation>Does {name} agree to receive marketing messages about events and promotions? (Please confirm in person)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="112"/>
        <source>未满14岁:须征得监护人同意,入会后请记录监护人姓名(会员 → 隐私 → 记录监护人同意)。</source>
        <translation>Under 14: a guardian's consent is required; after enrolling record the guardian's name (Members → Privacy → Record guardian consent).</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="163"/>
        <source>入会同意:{v}</source>
        <translation>Enrolment consent: {v}</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="163"/>
        <source>已同意({when},告知书 {ver})</source>
        <translation>Consented ({when}, notice {ver})</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="164"/>
        <source>无记录</source>
        <translation>No record</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="165"/>
        <source>接收营销信息:{v}</source>
        <translation>Marketing messages: {v}</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="165"/>
        <location filename="../ui/privacy/actions.py" line="173"/>
        <source>同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="165"/>
        <source>不同意 / 未记录</source>
        <translation>Not consented / not recorded</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="168"/>
        <source>监护人:{v}</source>
        <translation>Guardian: {v}</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="168"/>
        <source>未记录(未满14岁,须补录)</source>
        <translation>Not recorded (under 14, must be added)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="170"/>
        <source>历史记录:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="173"/>
        <source>不同意/撤回</source>
        <translation>Not consented / withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="180"/>
        <source>同意记录 — {name}</source>
        <translation>Consent records — {name}</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="191"/>
        <source>导出会员个人数据(含完整手机号)</source>
        <translation>Exporting a member's personal data (with full phone number)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="194"/>
        <source>导出该会员数据</source>
        <translation>Export this member's data</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="195"/>
        <source>Excel 文件 (*.xlsx);;JSON 文件 (*.json)</source>
        <translation>Excel file (*.xlsx);;JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="206"/>
        <source>已导出到:{path}
文件含完整个人信息,请交给会员本人后删除。</source>
        <translation>Exported to: {path}
The file contains full personal information; give it to the member and then delete it.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="208"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="217"/>
        <source>注销会员</source>
        <translation>Deleting a member</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="219"/>
        <source>注销会员 {name}?
她的姓名、手机号、生日、地址、档案和备注将被永久清除,无法恢复;消费和积分记录保留(报表不变)。</source>
        <translation>Close member {name}?
Her name, mobile, birthday, address, profile and notes will be erased permanently and cannot be recovered; purchases and points are kept (reports unchanged).</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="220"/>
        <source>注销(匿名化)会员</source>
        <translation>Close (anonymise) member</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="230"/>
        <source>已注销,会员记录已匿名化。</source>
        <translation>Closed; the member record has been anonymised.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="291"/>
        <source>正在匿名化…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="297"/>
        <source>已匿名化 {n} 位会员。</source>
        <translation>{n} members anonymised.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/actions.py" line="398"/>
        <source>修改设置</source>
        <translation>Changing settings</translation>
    </message>
</context>
<context>
    <name>privacy_consent</name>
    <message>
        <location filename="../ui/privacy/consent.py" line="25"/>
        <source>同意接收活动、促销等营销信息(请当面询问,不勾选 = 不同意)</source>
        <translation>Agrees to receive marketing messages about events and promotions (ask in person; unticked = not agreed)</translation>
    </message>
</context>
<context>
    <name>privacy_pin</name>
    <message>
        <location filename="../ui/privacy/pin.py" line="41"/>
        <source>6–12 位数字</source>
        <translation>6–12 digits</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="235"/>
        <source>店长账号</source>
        <translation>Owner account</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="241"/>
        <source>这个操作需要店长密码,但还没有设置。请先设置店长密码。</source>
        <translation>This action needs the manager password, but none has been set. Please set the manager password first.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/pin.py" line="241"/>
        <source>店长密码</source>
        <translation>Manager password</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="15"/>
        <location filename="../reports/analyses/care_feedback.py" line="15"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="21"/>
        <location filename="../reports/analyses/care_feedback.py" line="21"/>
        <source>满意度调查</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <source>本月回答数</source>
        <translation>Responses this month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <location filename="../reports/analyses/care_feedback.py" line="22"/>
        <source>本月平均分</source>
        <translation>Average score this month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <source>本月意见和建议</source>
        <translation>Comments and suggestions this month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <location filename="../reports/analyses/care_feedback.py" line="32"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="33"/>
        <location filename="../reports/analyses/care_feedback.py" line="33"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="43"/>
        <location filename="../reports/analyses/care_feedback.py" line="43"/>
        <source>流失原因</source>
        <translation>Churn reasons</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <location filename="../reports/analyses/care_feedback.py" line="56"/>
        <location filename="../reports/analyses/care_feedback.py" line="61"/>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <location filename="../reports/analyses/care_feedback.py" line="56"/>
        <location filename="../reports/analyses/care_feedback.py" line="61"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <source>流失会员数</source>
        <translation>Lost members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <source>已挽回</source>
        <translation>Won back</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <location filename="../reports/analyses/care_feedback.py" line="44"/>
        <source>挽回率</source>
        <translation>Win-back rate</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="53"/>
        <location filename="../reports/analyses/care_feedback.py" line="53"/>
        <source>流失原因分布</source>
        <translation>Churn reason breakdown</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="56"/>
        <location filename="../reports/analyses/care_feedback.py" line="56"/>
        <source>按会员分群</source>
        <translation>By member segment</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="61"/>
        <location filename="../reports/analyses/care_feedback.py" line="61"/>
        <source>按导购</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="29"/>
        <source>满分 5 分;“—”表示该月没有回答。趋势为最近 6 个月每月平均分。</source>
        <translation>Out of 5; "—" means no responses that month. Trend shows the monthly average for the last 6 months.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="51"/>
        <source>每位会员按最近一次回访记录的原因计;已挽回 = 记录原因之后又有消费。</source>
        <translation>Each member is counted by the reason in their latest follow-up record; won back = purchased again after the reason was recorded.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="28"/>
        <source>调查份数</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location filename="../reports/analyses/care_feedback.py" line="50"/>
        <location filename="../reports/analyses/customers.py" line="124"/>
        <location filename="../reports/analyses/sales.py" line="85"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="72"/>
        <source>{n}元</source>
        <translation>¥{n}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="27"/>
        <location filename="../reports/analyses/customers.py" line="27"/>
        <source>{n}岁以下</source>
        <translation>under {n}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="28"/>
        <location filename="../reports/analyses/customers.py" line="28"/>
        <source>{a}–{b}岁</source>
        <translation>{a}–{b} yrs</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="29"/>
        <location filename="../reports/analyses/customers.py" line="29"/>
        <source>{n}岁及以上</source>
        <translation>{n} yrs and over</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="52"/>
        <location filename="../reports/analyses/customers.py" line="52"/>
        <source>年龄段消费</source>
        <translation>Spend by age group</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="20"/>
        <source>年龄段</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <source>会员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/kpi.py" line="51"/>
        <source>消费会员数</source>
        <translation>Buying members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/customers.py" line="53"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <source>销售额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <source>销售占比</source>
        <translation>Share of sales</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/customers.py" line="94"/>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/customers.py" line="94"/>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <location filename="../reports/kpi.py" line="57"/>
        <source>客单价</source>
        <translation>Average sale</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/kpi.py" line="59"/>
        <source>平均消费频次</source>
        <translation>Purchases per member</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/customers.py" line="54"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <location filename="../reports/analyses/sales.py" line="77"/>
        <source>连带率</source>
        <translation>Items per sale</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="59"/>
        <location filename="../reports/analyses/customers.py" line="59"/>
        <source>年龄按期末({on})计算;农历生日只按出生年份计。</source>
        <translation>Age at the period end ({on}); lunar birthdays by birth year only.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <source>1–3岁</source>
        <translation>1–3 yrs</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <source>4–6岁</source>
        <translation>4–6 yrs</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <source>7–11岁</source>
        <translation>7–11 yrs</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <location filename="../reports/analyses/customers.py" line="66"/>
        <source>12岁及以上</source>
        <translation>12 yrs and over</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="92"/>
        <location filename="../reports/analyses/customers.py" line="92"/>
        <source>按孩子年龄段(童装)</source>
        <translation>By children's age group (kidswear)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <source>孩子年龄段</source>
        <translation>Child's age group</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <source>孩子数</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <source>家长会员数</source>
        <translation>Parent members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <location filename="../reports/analyses/customers.py" line="93"/>
        <source>消费家长数</source>
        <translation>Buying parents</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="94"/>
        <location filename="../reports/analyses/customers.py" line="94"/>
        <source>家长消费额</source>
        <translation>Parents' spend</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <source>{a}–{b}分</source>
        <translation>{a}–{b} points</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <source>{n}分以上</source>
        <translation>over {n} points</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="21"/>
        <source>积分分布</source>
        <translation>Points distribution</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <source>积分段</source>
        <translation>Points band</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/customers.py" line="121"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="126"/>
        <location filename="../reports/analyses/customers.py" line="126"/>
        <source>积分分布(人)</source>
        <translation>Points distribution (members)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="22"/>
        <source>等级分布</source>
        <translation>Tier distribution</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/customers.py" line="167"/>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="168"/>
        <location filename="../reports/analyses/customers.py" line="168"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <source>本期消费</source>
        <translation>Spend this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="168"/>
        <location filename="../reports/analyses/customers.py" line="168"/>
        <location filename="../reports/analyses/segments.py" line="126"/>
        <location filename="../reports/analyses/segments.py" line="126"/>
        <source>消费占比</source>
        <translation>Share of spend</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="172"/>
        <location filename="../reports/analyses/customers.py" line="172"/>
        <source>会员等级分布</source>
        <translation>Members by tier</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="102"/>
        <source>童装沟通按孩子年龄段(1–3、4–6、7–11、12岁以上)安排内容和频次。</source>
        <translation>Kidswear contact is planned by the child's age group (1–3, 4–6, 7–11, 12 and over).</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="120"/>
        <source>0分</source>
        <translation>0 points</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="125"/>
        <source>按期末可用积分余额(积分流水合计)统计。</source>
        <translation>By available points balance at the period end (sum of the points ledger).</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="29"/>
        <location filename="../reports/analyses/customers.py" line="95"/>
        <location filename="../reports/analyses/customers.py" line="81"/>
        <source>年龄未知</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="161"/>
        <location filename="../reports/analyses/staff.py" line="96"/>
        <location filename="../reports/analyses/staff.py" line="80"/>
        <location filename="../reports/analyses/staff.py" line="77"/>
        <location filename="../reports/analyses/staff.py" line="103"/>
        <location filename="../reports/analyses/staff.py" line="89"/>
        <location filename="../reports/analyses/staff.py" line="93"/>
        <source>未定级</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../reports/analyses/customers.py" line="81"/>
        <location filename="../reports/analyses/customers.py" line="95"/>
        <source>1岁以下</source>
        <translation>under 1</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <source>指标定义</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <source>计算方法</source>
        <translation>How it is calculated</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <location filename="../reports/analyses/definitions.py" line="11"/>
        <source>需求编号</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="15"/>
        <source>环比 / 同比</source>
        <translation>Month on month / year on year</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="16"/>
        <source>新会员 / 老会员</source>
        <translation>New / existing members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="17"/>
        <location filename="../reports/analyses/sales.py" line="33"/>
        <source>导入会员(入会日期不详)</source>
        <translation>Imported members (enrolment date unknown)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="18"/>
        <source>客单价分档</source>
        <translation>Average sale bands</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="19"/>
        <source>品类销售额 / 件单价</source>
        <translation>Category sales / price per item</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="24"/>
        <source>行为矩阵</source>
        <translation>Behaviour matrix</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="25"/>
        <source>价值分层</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="26"/>
        <source>ABC 分类</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="27"/>
        <source>有效性</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="28"/>
        <source>沉睡 / 流失预警</source>
        <translation>Dormant / churn warning</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="29"/>
        <source>购买类型</source>
        <translation>Buying type</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="31"/>
        <location filename="../reports/analyses/segments.py" line="138"/>
        <source>客户金字塔</source>
        <translation>Customer pyramid</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="32"/>
        <source>2012 分级</source>
        <translation>2012 grid</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="33"/>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <source>转换率</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="34"/>
        <source>回头客率(导购)</source>
        <translation>Returning customer rate (staff)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="35"/>
        <source>转介绍率(导购)</source>
        <translation>Referral rate (staff)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="36"/>
        <source>连单件数 / 连单金额</source>
        <translation>Items per sale / amount per sale</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="37"/>
        <source>维护成本</source>
        <translation>Upkeep cost</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="38"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <source>投入产出比</source>
        <translation>Return on upkeep</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="39"/>
        <source>期末积分余额</source>
        <translation>Points balance at period end</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="40"/>
        <source>季度排行</source>
        <translation>Quarterly ranking</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <location filename="../reports/analyses/definitions.py" line="41"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <source>R1、P1</source>
        <translation>R1, P1</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <source>L1、L9</source>
        <translation>L1, L9</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <source>S8、S9</source>
        <translation>S8, S9</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <source>L3、L4、L5</source>
        <translation>L3, L4, L5</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="51"/>
        <source>R8、L7</source>
        <translation>R8, L7</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="15"/>
        <source>(本期 − 上期)÷ 上期;(本期 − 去年同期)÷ 去年同期;比率类指标不计算</source>
        <translation>(this period − previous) ÷ previous; (this period − same period last year) ÷ same period last year; not calculated for ratios</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="16"/>
        <source>本期入会的会员为新会员,其余为老会员;导入时没有入会日期的会员算老会员</source>
        <translation>Members who enrolled in the period are new, the rest existing; imported members without an enrolment date count as existing</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="17"/>
        <source>本期由会员导入建立、导入文件没有入会日期的老顾客;不计入新增会员</source>
        <translation>Existing customers created by a member import this period whose file had no enrolment date; not counted as new members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="18"/>
        <source>转换率与频次×客单价表的分档取自本店小票金额的分位数(取整),店主可改为固定分界</source>
        <translation>The bands of the conversion table and the frequency × average sale table come from this shop's ticket quantiles (rounded); the owner can set fixed bands</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="19"/>
        <source>会员小票商品行实付合计(退货冲减);件单价 = 销售额 ÷ 件数</source>
        <translation>Sum paid on member ticket lines (returns deducted); price per item = sales ÷ items</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="20"/>
        <source>按期末日期计算的周岁;只有出生年份时按年份差</source>
        <translation>Age in whole years at the end of the period; by year difference when only the birth year is known</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="21"/>
        <source>期末积分余额(积分流水合计)分为 0、1–3000、3001–6000、6000 以上</source>
        <translation>Points balance at the end of the period (sum of the points ledger) in bands 0, 1–3000, 3001–6000, over 6000</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="22"/>
        <source>期末时各会员所处等级(等级变动记录)</source>
        <translation>Each member's tier at the end of the period (tier change records)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="23"/>
        <source>R 距上次消费天数、F 近12个月购买次数、M 近12个月消费额,按本店五分位数各打 1–5 分</source>
        <translation>R days since last purchase, F purchases in the last 12 months, M spend in the last 12 months; each scored 1–5 by this shop's quintiles</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="24"/>
        <source>近 12 个月有消费的会员按客单价与购买次数,以中位数(或店主设定值)分高低</source>
        <translation>Members with purchases in the last 12 months split high/low by average sale and number of purchases at the median (or the owner's setting)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="25"/>
        <source>近12个月消费 ≥ 高价值分界(默认前20%)为高价值,≥ 中价值分界(默认前50%)为中价值</source>
        <translation>Spend in the last 12 months ≥ high-value cut-off (default top 20%) is high value, ≥ mid-value cut-off (default top 50%) mid value</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="26"/>
        <source>近12个月购买 0–1 次 散客,2–4 次 中型,5 次以上 重度</source>
        <translation>0–1 purchases in the last 12 months casual, 2–4 medium, 5 or more heavy</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="27"/>
        <source>累计购买 ≥2 次 有效会员;1 次 一次性会员;0 次 未消费</source>
        <translation>≥2 purchases in total active member; 1 one-time member; 0 no purchase</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="28"/>
        <source>超过 180 / 365 天未消费;常客距上次消费超过平均购买间隔的 2 倍</source>
        <translation>No purchase for over 180 / 365 days; a regular whose gap since her last purchase is over twice her average gap</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="29"/>
        <source>满 3 次购买后:新货型、促销型、批量型、多次型、单品型、高价型、风格型、折扣型、频率型、金额型(规则见软件 帮助 → 会员分群规则)</source>
        <translation>After 3 purchases: new-arrival, sale, bulk, frequent, single-item, high-price, style, discount, frequency, spend buyer (rules: Help → Member segment rules)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="31"/>
        <source>按近 12 个月消费排序:前 5% A白金、至 20% B黄金、至 50% C钢铁、其余 D重铅</source>
        <translation>By spend in the last 12 months: top 5% A Platinum, to 20% B Gold, to 50% C Iron, the rest D Lead</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="32"/>
        <source>年购买 ≥4 次为高频、客单价 ≥250 元为高单价:普通VIP / 常客VIP / 潜力VIP / VVIP</source>
        <translation>≥4 purchases a year is high frequency, average sale ≥ ¥250 high price: Ordinary VIP / Regular VIP / Potential VIP / VVIP</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="33"/>
        <source>上一个 12 个月处在某档的会员,在最近 12 个月达到目标档的比例</source>
        <translation>Share of members in a band in the previous 12 months who reached the target band in the last 12 months</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="34"/>
        <source>在该导购处消费、且此前已有消费的会员 ÷ 在该导购处消费的会员</source>
        <translation>Members buying from this staff member who had bought before ÷ members buying from this staff member</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="35"/>
        <source>该导购新会员中有介绍人的比例</source>
        <translation>Share of this staff member's new members who were referred</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="36"/>
        <source>销售小票件数 ÷ 小票数;销售小票实付 ÷ 小票数</source>
        <translation>Items on sale tickets ÷ tickets; paid on sale tickets ÷ tickets</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="37"/>
        <source>联系次数 × 每次成本(设置)+ 本期已使用代金券金额</source>
        <translation>Contacts × cost per contact (settings) + vouchers used in the period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="38"/>
        <source>该等级本期消费 ÷ 维护成本</source>
        <translation>This tier's spend in the period ÷ upkeep cost</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="39"/>
        <source>期初 + 导入期初积分 + 发放 − 兑换 − 过期 − 退货扣回 − 其他扣减</source>
        <translation>Opening + imported opening points + issued − redeemed − expired − clawed back on returns − other deductions</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="40"/>
        <source>本季度(春3–5月、夏6–8月、秋9–11月、冬12–2月)至期末,会员实付从高到低</source>
        <translation>From the start of this quarter (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb) to the period end, members by amount paid, highest first</translation>
    </message>
    <message>
        <location filename="../reports/analyses/definitions.py" line="41"/>
        <source>默认打码(138****1234);店主明确选择时才导出完整号码</source>
        <translation>Masked by default (138****1234); full numbers only when the owner chooses them</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="36"/>
        <location filename="../reports/analyses/money.py" line="36"/>
        <source>积分与储值负债</source>
        <translation>Points and stored-value liability</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="36"/>
        <location filename="../reports/analyses/money.py" line="36"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="36"/>
        <location filename="../reports/analyses/money.py" line="36"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="36"/>
        <location filename="../reports/analyses/money.py" line="36"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="92"/>
        <location filename="../reports/analyses/money.py" line="92"/>
        <source>{season}消费前{n}</source>
        <translation>{season} top {n} spenders</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="93"/>
        <location filename="../reports/analyses/money.py" line="93"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="93"/>
        <location filename="../reports/analyses/money.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="93"/>
        <location filename="../reports/analyses/money.py" line="93"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="93"/>
        <location filename="../reports/analyses/money.py" line="93"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/money.py" line="94"/>
        <source>本季消费</source>
        <translation>Spend this quarter</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/money.py" line="94"/>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <source>小票数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="95"/>
        <location filename="../reports/analyses/money.py" line="95"/>
        <source>最近消费</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="101"/>
        <location filename="../reports/analyses/money.py" line="101"/>
        <source>{season}:{start} 至 {end},按会员实付(退货冲减)排序;可据此发放下季首次消费代金券。</source>
        <translation>{season}: {start} to {end}, by amount paid (returns deducted); use it for next quarter's first-purchase vouchers.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="72"/>
        <source>期末积分余额 = 期初 + 导入期初积分 + 发放 − 兑换 − 过期 − 退货扣回 − 其他扣减。导入期初积分是会员导入时带来的原有积分,不是本期发放的。代金券“数量”为张数。</source>
        <translation>Points balance at end = opening + imported opening points + issued − redeemed − expired − clawed back on returns − other deductions. Imported opening points are the points members brought when they were imported, not issued this period. Voucher "quantity" is the number of vouchers.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="38"/>
        <source>期初积分余额</source>
        <translation>Opening points balance</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="38"/>
        <source>本期导入的期初积分(导入会员原有积分)</source>
        <translation>Opening points imported this period (members' earlier points)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="39"/>
        <source>本期发放积分</source>
        <translation>Points issued this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="39"/>
        <source>本期兑换积分(礼品/代金券)</source>
        <translation>Points redeemed this period (gifts/vouchers)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="40"/>
        <source>本期过期积分</source>
        <translation>Points expired this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="40"/>
        <source>本期退货扣回积分</source>
        <translation>Points clawed back on returns this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="40"/>
        <source>本期其他扣减</source>
        <translation>Other deductions this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="41"/>
        <source>期末积分余额(未兑付)</source>
        <translation>Points balance at end (unredeemed)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="59"/>
        <location filename="../reports/analyses/staff.py" line="122"/>
        <source>本店尚无代金券记录。</source>
        <translation>No vouchers recorded yet.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="56"/>
        <source>本期发放代金券</source>
        <translation>Vouchers issued this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="56"/>
        <source>本期使用代金券</source>
        <translation>Vouchers used this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="56"/>
        <source>本期过期代金券</source>
        <translation>Vouchers expired this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="57"/>
        <source>期末未使用代金券</source>
        <translation>Unused vouchers at end</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="71"/>
        <source>本店未使用储值。</source>
        <translation>This shop does not use stored value.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="68"/>
        <source>本期储值充值(含赠送)</source>
        <translation>Stored value topped up this period (incl. bonus)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="68"/>
        <source>本期储值消费</source>
        <translation>Stored value spent this period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/money.py" line="69"/>
        <source>期末储值余额</source>
        <translation>Stored value balance at end</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="21"/>
        <location filename="../reports/analyses/sales.py" line="21"/>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <location filename="../reports/analyses/sales.py" line="22"/>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="23"/>
        <location filename="../reports/analyses/sales.py" line="23"/>
        <source>环比</source>
        <translation>MoM</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="23"/>
        <location filename="../reports/analyses/sales.py" line="23"/>
        <source>同比</source>
        <translation>YoY</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="36"/>
        <location filename="../reports/analyses/sales.py" line="36"/>
        <source>统计期:{p};{prev}:{p_prev};{ly}:{p_ly}</source>
        <translation>Period: {p}; {prev}: {p_prev}; {ly}: {p_ly}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="49"/>
        <location filename="../reports/analyses/sales.py" line="49"/>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/analyses/sales.py" line="155"/>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/analyses/sales.py" line="155"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <source>新增会员</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <source>消费会员</source>
        <translation>Buying members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/analyses/sales.py" line="50"/>
        <location filename="../reports/kpi.py" line="53"/>
        <source>会员销售额</source>
        <translation>Member sales</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/kpi.py" line="54"/>
        <source>总销售额</source>
        <translation>Total sales</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/analyses/sales.py" line="51"/>
        <location filename="../reports/kpi.py" line="55"/>
        <source>会员销售占比</source>
        <translation>Member share of sales</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="57"/>
        <location filename="../reports/analyses/sales.py" line="57"/>
        <source>会员销售额与总销售额(元)</source>
        <translation>Member sales and total sales (¥)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="57"/>
        <location filename="../reports/analyses/sales.py" line="160"/>
        <location filename="../reports/analyses/sales.py" line="57"/>
        <location filename="../reports/analyses/sales.py" line="161"/>
        <source>元</source>
        <translation>¥</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="75"/>
        <location filename="../reports/analyses/sales.py" line="75"/>
        <source>新老会员消费</source>
        <translation>New vs existing members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <source>会员类别</source>
        <translation>Member type</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <location filename="../reports/analyses/sales.py" line="76"/>
        <source>交易次数</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="87"/>
        <location filename="../reports/analyses/sales.py" line="87"/>
        <source>新老会员销售额占比</source>
        <translation>Share of sales, new vs existing</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="134"/>
        <location filename="../reports/analyses/sales.py" line="134"/>
        <source>品类与单价</source>
        <translation>Categories and prices</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <source>品类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <location filename="../reports/analyses/sales.py" line="135"/>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <source>件单价</source>
        <translation>Price per item</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <source>上期件单价</source>
        <translation>Price per item, previous period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <location filename="../reports/analyses/sales.py" line="136"/>
        <source>去年同期件单价</source>
        <translation>Price per item, same period last year</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="145"/>
        <location filename="../reports/analyses/sales.py" line="145"/>
        <source>品类销售额占比</source>
        <translation>Share of sales by category</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="155"/>
        <location filename="../reports/analyses/sales.py" line="155"/>
        <source>品类走势</source>
        <translation>Category trend</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="160"/>
        <location filename="../reports/analyses/sales.py" line="160"/>
        <source>品类销售额走势(元)</source>
        <translation>Category sales trend (¥)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="13"/>
        <source>未分类</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="19"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="19"/>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="20"/>
        <source>去年同月</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="20"/>
        <source>去年同期</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="38"/>
        <source>比率类指标的环比/同比不计算,直接比较左右数值。</source>
        <translation>Month-on-month and year-on-year are not calculated for ratios; compare the values directly.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="143"/>
        <source>会员小票按商品行统计,退货冲减;件单价 = 销售额 ÷ 件数。</source>
        <translation>Member tickets counted by item line, returns deducted; price per item = sales ÷ items.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="158"/>
        <source>各品类会员销售额(元),最近 12 个月。</source>
        <translation>Member sales by category (¥), last 12 months.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="79"/>
        <source>新会员(本期入会)</source>
        <translation>New members (enrolled this period)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/sales.py" line="79"/>
        <source>老会员</source>
        <translation>Existing members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <location filename="../ui/reports/feature.py" line="118"/>
        <source>分群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <location filename="../reports/analyses/segments.py" line="125"/>
        <source>人数占比</source>
        <translation>Share of members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="126"/>
        <location filename="../reports/analyses/segments.py" line="126"/>
        <source>近12个月消费</source>
        <translation>Spend in the last 12 months</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="134"/>
        <location filename="../reports/analyses/segments.py" line="134"/>
        <source>截至 {end} 的最近 {days} 天;行为矩阵分界:客单价 {ticket} 元,购买次数 {count} 次。近12个月消费会员 {buyers} 人。</source>
        <translation>Last {days} days to {end}; behaviour matrix cut-offs: average sale ¥{ticket}, purchases {count}. Buying members in the last 12 months: {buyers}.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="140"/>
        <location filename="../reports/analyses/segments.py" line="140"/>
        <source>设定分界:A 前 {a}%、A+B 前 {ab}%、A+B+C 前 {abc}% 的会员;表中为实际人数占比与消费占比(二八法则的真实情况)。</source>
        <translation>Cut-offs set: A top {a}%, A+B top {ab}%, A+B+C top {abc}% of members; the table shows the actual share of members and of spend (the real 80/20 rule).</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="147"/>
        <location filename="../reports/analyses/segments.py" line="147"/>
        <source>行为矩阵人数</source>
        <translation>Members in the behaviour matrix</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="154"/>
        <location filename="../reports/analyses/segments.py" line="154"/>
        <source>{n}次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="154"/>
        <location filename="../reports/analyses/segments.py" line="154"/>
        <source>{a}–{b}次</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="155"/>
        <location filename="../reports/analyses/segments.py" line="155"/>
        <source>{n}次及以上</source>
        <translation>{n} or more</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="156"/>
        <location filename="../reports/analyses/segments.py" line="156"/>
        <source>{v}以下</source>
        <translation>under {v}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="157"/>
        <source>{a}–{b}</source>
        <translation>¥{a}–{b}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="158"/>
        <location filename="../reports/analyses/segments.py" line="158"/>
        <source>{v}及以上</source>
        <translation>{v} and over</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="159"/>
        <location filename="../reports/analyses/segments.py" line="159"/>
        <source>频次 × 客单价(人)</source>
        <translation>Frequency × average sale (members)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="159"/>
        <location filename="../reports/analyses/segments.py" line="159"/>
        <source>年购买频次</source>
        <translation>Purchases a year</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="174"/>
        <location filename="../reports/analyses/segments.py" line="174"/>
        <source>客单价 {lo}以下 → {lo}以上</source>
        <translation>Average sale under {lo} → over {lo}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="175"/>
        <location filename="../reports/analyses/segments.py" line="175"/>
        <source>客单价 {a}–{hi} → {hi}以上</source>
        <translation>Average sale ¥{a}–{hi} → over {hi}</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <source>转换</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <source>基期人数</source>
        <translation>Members at start</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <location filename="../reports/analyses/segments.py" line="176"/>
        <source>达成人数</source>
        <translation>Members reached</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <source>实际转换率</source>
        <translation>Actual conversion</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <location filename="../reports/analyses/segments.py" line="177"/>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="182"/>
        <location filename="../reports/analyses/segments.py" line="182"/>
        <source>基期:{b0} 至 {b1};本期:{c0} 至 {c1}(各 {w} 天)。</source>
        <translation>Base period: {b0} to {b1}; this period: {c0} to {c1} ({w} days each).</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="186"/>
        <location filename="../reports/analyses/segments.py" line="186"/>
        <source>客单价分档 {lo} / {hi} 取自本店基期小票金额的中位数与 80% 分位数(取整);可在 设置 → 报表 → 客单价分档 中改为固定分界。</source>
        <translation>Average sale bands {lo} / {hi} come from the median and 80th percentile of this shop's tickets in the base period (rounded); set fixed bands in Settings → Reports → Average sale bands.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="133"/>
        <location filename="../reports/analyses/segments.py" line="132"/>
        <source>会员分群</source>
        <translation>Member segments</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="145"/>
        <source>2012分级</source>
        <translation>2012 grid</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="174"/>
        <source>购买频次 0–1次 → 2次以上</source>
        <translation>Purchases 0–1 → 2 or more</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="174"/>
        <source>购买频次 2–4次 → 5次以上</source>
        <translation>Purchases 2–4 → 5 or more</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="185"/>
        <source>基期人数 = 基期结束时已入会、处在该档的会员;客单价档只算基期有消费的会员。</source>
        <translation>Members at start = members enrolled by the end of the base period who were in that band; average-sale bands count only members who bought in the base period.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/segments.py" line="144"/>
        <source>A+B 合计</source>
        <translation>A+B total</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="43"/>
        <location filename="../reports/analyses/staff.py" line="43"/>
        <source>导购竞赛</source>
        <translation>Staff contest</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <source>新会员</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <source>售卡(收费)</source>
        <translation>Cards sold (paid)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <location filename="../reports/analyses/staff.py" line="44"/>
        <source>免费卡</source>
        <translation>Free cards</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <location filename="../reports/analyses/staff.py" line="45"/>
        <source>回访/联系</source>
        <translation>Follow-ups/contacts</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <source>回头客率</source>
        <translation>Returning customer rate</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <source>转介绍率</source>
        <translation>Referral rate</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <source>连单件数</source>
        <translation>Items per sale</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <location filename="../reports/analyses/staff.py" line="46"/>
        <source>连单金额</source>
        <translation>Amount per sale</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="107"/>
        <location filename="../reports/analyses/staff.py" line="107"/>
        <source>关怀成本与回报</source>
        <translation>Care cost and return</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <source>联系次数</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <location filename="../reports/analyses/staff.py" line="108"/>
        <source>联系成本</source>
        <translation>Contact cost</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <source>代金券使用</source>
        <translation>Vouchers used</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <source>礼品兑换(件)</source>
        <translation>Gifts redeemed (items)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <location filename="../reports/analyses/staff.py" line="109"/>
        <source>维护成本合计</source>
        <translation>Total upkeep cost</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <source>转介绍新会员</source>
        <translation>Referred new members</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <location filename="../reports/analyses/staff.py" line="110"/>
        <source>回头率</source>
        <translation>Returning rate</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="52"/>
        <source>(未指定导购)</source>
        <translation>(no staff assigned)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="61"/>
        <source>回头客率 = 本期在该导购处消费、且本期前已有消费的会员 ÷ 本期在该导购处消费的会员;转介绍率 = 该导购本期新会员中有介绍人的比例;连单件数 = 件数 ÷ 销售小票数;连单金额 = 销售小票实付 ÷ 销售小票数。</source>
        <translation>Returning customer rate = members buying from this staff member this period who had bought before ÷ members buying from this staff member this period; referral rate = share of this staff member's new members who were referred; items per sale = items ÷ sale tickets; amount per sale = paid on sale tickets ÷ sale tickets.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="123"/>
        <source>回头率 = 本期有消费的该等级会员 ÷ 该等级会员数;投入产出比 = 本期消费 ÷ 维护成本合计。</source>
        <translation>Returning rate = members of this tier who bought this period ÷ members of this tier; return on upkeep = spend this period ÷ total upkeep cost.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/staff.py" line="120"/>
        <source>未设置每次联系成本(设置 → 报表),联系成本记为 0;维护成本 = 联系成本 + 已使用代金券面值。</source>
        <translation>No cost per contact set (Settings → Reports), so contact cost counts as 0; upkeep cost = contact cost + value of vouchers used.</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="47"/>
        <source>期初会员数</source>
        <translation>Members at start</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="47"/>
        <source>入会日期早于本期第一天的会员人数</source>
        <translation>Members who enrolled before the first day of the period</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="48"/>
        <source>期末会员数</source>
        <translation>Members at end</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="48"/>
        <source>入会日期不晚于本期最后一天的会员人数</source>
        <translation>Members who enrolled on or before the last day of the period</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="49"/>
        <source>新增会员数</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="49"/>
        <source>入会日期在本期内的会员人数(导入时没有入会日期的老顾客不算新增,单列为导入会员)</source>
        <translation>Members who enrolled in the period (existing customers imported without an enrolment date are not new; they are shown as imported members)</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="50"/>
        <source>会员人数增幅</source>
        <translation>Member growth</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="50"/>
        <source>新增会员数 ÷ 期初会员数</source>
        <translation>New members ÷ members at start</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="51"/>
        <source>本期至少有一张销售小票的会员人数</source>
        <translation>Members with at least one sale ticket in the period</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="52"/>
        <source>消费会员占比</source>
        <translation>Share of members buying</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="52"/>
        <source>消费会员数 ÷ 期末会员数</source>
        <translation>Buying members ÷ members at end</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="53"/>
        <source>本期会员小票实付合计(退货冲减)</source>
        <translation>Sum paid on member tickets in the period (returns deducted)</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="54"/>
        <source>本期全部小票实付合计(会员+散客,退货冲减)</source>
        <translation>Sum paid on all tickets in the period (members + walk-ins, returns deducted)</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="55"/>
        <source>会员销售额 ÷ 总销售额</source>
        <translation>Member sales ÷ total sales</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="56"/>
        <source>会员交易次数</source>
        <translation>Member purchases</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="56"/>
        <source>本期会员销售小票张数(不含退货小票)</source>
        <translation>Member sale tickets in the period (return tickets not counted)</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="57"/>
        <source>会员销售额 ÷ 消费会员数</source>
        <translation>Member sales ÷ buying members</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="58"/>
        <source>平均每单金额</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="58"/>
        <source>会员销售额 ÷ 会员交易次数</source>
        <translation>Member sales ÷ member purchases</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="59"/>
        <source>会员交易次数 ÷ 消费会员数</source>
        <translation>Member purchases ÷ buying members</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="60"/>
        <source>连带率(件/单)</source>
        <translation>Items per sale (items/ticket)</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="60"/>
        <source>会员销售小票件数合计 ÷ 会员交易次数</source>
        <translation>Items on member sale tickets ÷ member purchases</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="61"/>
        <source>有效会员数</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="61"/>
        <source>截至期末累计购买 2 次及以上的会员人数</source>
        <translation>Members with 2 or more purchases in total by the period end</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="62"/>
        <source>有效会员占比</source>
        <translation>Share of active members</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="62"/>
        <source>有效会员数 ÷ 期末会员数</source>
        <translation>Active members ÷ members at end</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="63"/>
        <source>死卡数</source>
        <translation>Dead cards</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="63"/>
        <source>期末前已入会满 12 个月、且期末前 12 个月内没有消费的会员人数</source>
        <translation>Members enrolled 12+ months before the period end with no purchase in the 12 months before it</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="64"/>
        <source>死卡率</source>
        <translation>Dead card rate</translation>
    </message>
    <message>
        <location filename="../reports/kpi.py" line="64"/>
        <source>死卡数 ÷ 期末前已入会满 12 个月的会员人数</source>
        <translation>Dead cards ÷ members enrolled 12+ months before the period end</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="92"/>
        <source>春季</source>
        <translation>Spring</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="92"/>
        <source>夏季</source>
        <translation>Summer</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="92"/>
        <source>秋季</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="92"/>
        <source>冬季</source>
        <translation>Winter</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="44"/>
        <location filename="../ui/reports/segment_combo.py" line="22"/>
        <source>全部会员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="45"/>
        <location filename="../ui/reports/feature.py" line="49"/>
        <source>导出会员名单</source>
        <translation>Export member list</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="45"/>
        <source>导出哪些会员:</source>
        <translation>Which members to export:</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="50"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="57"/>
        <source>导出完整手机号</source>
        <translation>Exporting full phone numbers</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="62"/>
        <source>已导出 {n} 位会员:
{f}</source>
        <translation>{n} members exported:
{f}</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="64"/>
        <source>正在导出会员名单</source>
        <translation>Exporting member list</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="75"/>
        <source>已重新计算 {n} 位会员的分群。</source>
        <translation>Segments recalculated for {n} members.</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="77"/>
        <source>正在计算会员分群</source>
        <translation>Calculating member segments</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="83"/>
        <location filename="../ui/reports/feature.py" line="147"/>
        <source>会员分群规则</source>
        <translation>Member segment rules</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="97"/>
        <source>更新会员分群</source>
        <translation>Update member segments</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="143"/>
        <source>会员月度汇总…</source>
        <translation>Monthly member summary…</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="144"/>
        <source>按月或日期范围查看会员报表并导出 Excel</source>
        <translation>View member reports by month or date range and export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="145"/>
        <source>导出会员名单(含分群)…</source>
        <translation>Export member list (with segments)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/feature.py" line="146"/>
        <source>重新计算会员分群</source>
        <translation>Recalculate member segments</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_combo.py" line="21"/>
        <source>只显示某个会员分群(规则见 帮助 → 会员分群规则)</source>
        <translation>Show only one member segment (rules under Help → Member segment rules)</translation>
    </message>
</context>
<context>
    <name>safety_backups</name>
    <message>
        <location filename="../ui/safety/backups.py" line="52"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="52"/>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="74"/>
        <location filename="../ui/safety/backups.py" line="94"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="88"/>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="92"/>
        <source>恢复没有完成</source>
        <translation>Restore not completed</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="166"/>
        <location filename="../ui/safety/backups.py" line="174"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="171"/>
        <source>已备份:{when},会员 {n},{size}</source>
        <translation>Backed up: {when}, {n} members, {size}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="179"/>
        <source>请先在列表中选择一个备份。</source>
        <translation>Please select a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="181"/>
        <location filename="../ui/safety/backups.py" line="209"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="183"/>
        <source>用 {when} 的备份(会员 {n})替换现在的数据?
现在的数据会先另存为“恢复前”备份,可以随时再恢复回来。</source>
        <translation>Replace the current data with the backup from {when} ({n} members)?
The current data is first saved as a "before restore" backup and can be restored again at any time.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="190"/>
        <source>已恢复到 {when} 的备份,会员 {n}。
恢复前的数据已另存为:{pre}</source>
        <translation>Restored to the backup from {when}, {n} members.
The data from before the restore was saved as: {pre}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="193"/>
        <source>从备份恢复:{when}</source>
        <translation>Restore from backup: {when}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="206"/>
        <source>注意:现在的数据比它多出 {what}(备份之后新增)。</source>
        <translation>Note: the current data has {what} more than this backup (added after it was made).</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="208"/>
        <source>恢复并补回这些数据(推荐)</source>
        <translation>Restore and carry this data over (recommended)</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="208"/>
        <source>恢复,不补回(全部写入抢救报告)</source>
        <translation>Restore without it (everything goes to the salvage report)</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="209"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="214"/>
        <source>复制全部数据到U盘</source>
        <translation>Copying all data to a USB drive</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="217"/>
        <source>选择U盘或文件夹</source>
        <translation>Choose USB drive or folder</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="223"/>
        <location filename="../ui/safety/backups.py" line="234"/>
        <source>正在复制…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="228"/>
        <source>复制到U盘/新电脑</source>
        <translation>Copy to USB drive / new computer</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="229"/>
        <source>已写入并校验:{folder}
日期 {when},会员 {n}。
在新电脑上安装会员管家后,用“数据 → 打开副本”选择这个文件夹。</source>
        <translation>Written and verified: {folder}
Date {when}, {n} members.
After installing vipdesk on the new computer, choose this folder with "Data → Open copy".</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="232"/>
        <source>复制完成</source>
        <translation>Copy finished</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="238"/>
        <source>选择副本所在的文件夹(U盘)</source>
        <translation>Choose the folder with the copy (USB drive)</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="247"/>
        <source>这个文件夹里没有有效的会员管家副本:{path}</source>
        <translation>This folder has no valid vipdesk copy: {path}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="250"/>
        <source>打开副本会替换现在的数据。</source>
        <translation>Opening the copy replaces the current data.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="252"/>
        <source>打开 {when} 的副本(会员 {n})?
现在的数据会先另存为“恢复前”备份。</source>
        <translation>Open the copy from {when} ({n} members)?
The current data is first saved as a "before restore" backup.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="259"/>
        <source>已打开副本:{when},会员 {n}。</source>
        <translation>Copy opened: {when}, {n} members.</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="261"/>
        <source>打开副本:{folder}</source>
        <translation>Open copy: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="333"/>
        <source>自动备份没有完成:{e}</source>
        <translation>Automatic backup not completed: {e}</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="335"/>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
</context>
<context>
    <name>safety_feature</name>
    <message>
        <location filename="../ui/safety/feature.py" line="71"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="72"/>
        <source>复制到U盘/新电脑…</source>
        <translation>Copy to USB drive / new computer…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="73"/>
        <source>打开副本(搬到新电脑)…</source>
        <translation>Open copy (move to new computer)…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="75"/>
        <source>待匿名化名单…</source>
        <translation>Pending anonymisation list…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="76"/>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="79"/>
        <source>店长密码…</source>
        <translation>Manager password…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="80"/>
        <source>隐私设置…</source>
        <translation>Privacy settings…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="82"/>
        <source>隐私与同意</source>
        <translation>Privacy and consent</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="84"/>
        <source>同意记录…</source>
        <translation>Consent records…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="85"/>
        <source>同意接收营销信息</source>
        <translation>Consents to marketing messages</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="86"/>
        <source>撤回营销同意</source>
        <translation>Withdraw marketing consent</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="87"/>
        <source>记录监护人同意…</source>
        <translation>Record guardian consent…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="89"/>
        <source>导出该会员数据…</source>
        <translation>Export this member's data…</translation>
    </message>
    <message>
        <location filename="../ui/safety/feature.py" line="90"/>
        <source>注销(匿名化)会员…</source>
        <translation>Close (anonymise) member…</translation>
    </message>
</context>
<context>
    <name>safety_startup</name>
    <message>
        <location filename="../ui/safety/startup.py" line="152"/>
        <source>数据库已损坏,没有打开,也没有做任何修改:{message}
损坏的文件已另存为 {kept}。可以重新启动会员管家恢复最近的备份,或联系技术支持。</source>
        <translation>The database is damaged; it was not opened and nothing was changed: {message}
The damaged file was saved as {kept}. Restart vipdesk to restore the latest backup, or contact technical support.</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="159"/>
        <source>数据库损坏后从备份恢复</source>
        <translation>Restored from backup after database damage</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="166"/>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="213"/>
        <source>恢复完成</source>
        <translation>Recovery complete</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="240"/>
        <source>启动时的自动备份没有完成:{error}
会员数据没有受影响,请检查磁盘空间。</source>
        <translation>The automatic backup at start-up did not finish: {error}
Member data is not affected; please check the free disk space.</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="241"/>
        <source>备份未完成</source>
        <translation>Backup not completed</translation>
    </message>
    <message>
        <location filename="../ui/safety/startup.py" line="243"/>
        <source>启动备份</source>
        <translation>Start-up backup</translation>
    </message>
</context>
<context>
    <name>start_check</name>
    <message>
        <location filename="../ui/safety/start_check.py" line="41"/>
        <source>正在检查数据…检查通过前只能查询,不能销售、入会或退货</source>
        <translation>Checking the data… Until the check passes you can look members up but not sell, enrol or take returns</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="45"/>
        <source>正在完成上次中断的导入…完成并检查数据之前只能查询,不能销售、入会或退货</source>
        <translation>Finishing the import that was interrupted last time… Until it is done and the data is checked you can only look members up: no sales, enrolments or returns.</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="49"/>
        <source>上次中断的导入没有完成,已停止写入:请关闭会员管家后重新打开,或联系技术支持</source>
        <translation>The import interrupted last time could not be finished, so writing has been stopped: close vipdesk and open it again, or contact support.</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="57"/>
        <source>数据库已损坏,已停止写入:请关闭会员管家后重新打开,恢复最近的完好备份</source>
        <translation>The database is damaged and nothing more will be saved: close vipdesk and open it again to restore the latest good backup</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="97"/>
        <source>启动检查发现数据库已损坏:{message}
会员管家已停止写入,损坏的文件已另存为 {kept}。请关闭会员管家后重新打开,按提示恢复最近的完好备份,或联系技术支持。</source>
        <translation>The start-up check found the database damaged: {message}
vipdesk has stopped saving; the damaged file was kept as {kept}. Close vipdesk and open it again, then follow the steps to restore the latest good backup, or call support.</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="99"/>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="110"/>
        <source>上次中断的导入没有完成</source>
        <translation>Interrupted import not finished</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="114"/>
        <source>启动检查没有完成</source>
        <translation>Start-up check not finished</translation>
    </message>
    <message>
        <location filename="../ui/safety/start_check.py" line="116"/>
        <source>启动检查</source>
        <translation>Start-up check</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../ui/common/tasks.py" line="158"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>vipdesk</name>
    <message>
        <location filename="../bench/import_raw.py" line="78"/>
        <location filename="../model/importing/members_writer.py" line="420"/>
        <location filename="../model/importing/members_writer.py" line="422"/>
        <location filename="../model/importing/members_writer.py" line="463"/>
        <source>导入期初积分</source>
        <translation>Opening points imported</translation>
    </message>
    <message>
        <location filename="../bench/import_raw.py" line="78"/>
        <location filename="../model/importing/members_writer.py" line="435"/>
        <source>导入期初累计消费</source>
        <translation>Opening total spend imported</translation>
    </message>
    <message>
        <location filename="../bench/import_raw.py" line="78"/>
        <location filename="../model/importing/members_records.py" line="31"/>
        <location filename="../ui/loyalty/tab.py" line="29"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../demo/builder.py" line="130"/>
        <source>会员数至少为 1,销售行数不能为负</source>
        <translation>Members must be at least 1; sales lines cannot be negative</translation>
    </message>
    <message>
        <location filename="../demo/builder.py" line="137"/>
        <source>已取消生成示范店</source>
        <translation>Demo shop creation cancelled</translation>
    </message>
    <message>
        <location filename="../demo/builder.py" line="235"/>
        <location filename="../demo/sales.py" line="594"/>
        <source>正在生成销售记录…</source>
        <translation>Creating sales records…</translation>
    </message>
    <message>
        <location filename="../demo/builder.py" line="240"/>
        <source>正在更新会员统计…</source>
        <translation>Updating member statistics…</translation>
    </message>
    <message>
        <location filename="../demo/builder.py" line="246"/>
        <source>示范店已建好</source>
        <translation>Demo shop created</translation>
    </message>
    <message>
        <location filename="../demo/people.py" line="316"/>
        <source>正在生成会员档案…</source>
        <translation>Creating member profiles…</translation>
    </message>
    <message>
        <location filename="../demo/people.py" line="345"/>
        <location filename="../model/privacy/consent.py" line="135"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../demo/people.py" line="347"/>
        <location filename="../model/privacy/consent.py" line="127"/>
        <location filename="../model/privacy/consent.py" line="137"/>
        <source>会员 #{id} 撤回营销同意</source>
        <translation>Member #{id} withdrew marketing consent</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="102"/>
        <location filename="../model/loyalty/ledger.py" line="25"/>
        <location filename="../model/loyalty/vouchers.py" line="299"/>
        <source>积分满 {n} 分换代金券</source>
        <translation>{n} points exchanged for a cash voucher</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="107"/>
        <location filename="../model/loyalty/events.py" line="50"/>
        <source>消费后达到升级标准</source>
        <translation>Reached the upgrade level after purchase</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="108"/>
        <location filename="../model/loyalty/reversal.py" line="49"/>
        <source>退货后重新评定等级</source>
        <translation>Re-rate tier after return</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="109"/>
        <location filename="../model/loyalty/vouchers.py" line="261"/>
        <source>到期未使用</source>
        <translation>Expired unused</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="336"/>
        <location filename="../model/sales/recording.py" line="486"/>
        <source>退货 小票 {t},积分已换成此券</source>
        <translation>Return of receipt {t}; points had been exchanged for this voucher</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="337"/>
        <location filename="../model/loyalty/vouchers.py" line="249"/>
        <source>礼券 {code} 作废,退回积分</source>
        <translation>Voucher {code} voided, points returned</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="343"/>
        <location filename="../model/sales/recording.py" line="394"/>
        <source>作废由积分换来的礼券:</source>
        <translation>Voided voucher bought with points:</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="347"/>
        <location filename="../model/sales/recording.py" line="396"/>
        <source>积分已用掉 {n} 分,退款扣减 {m} 分钱</source>
        <translation>{n} points already used; refund reduced by {m} fen</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="349"/>
        <location filename="../model/sales/recording.py" line="490"/>
        <source>退货扣回积分 小票 {t}</source>
        <translation>Points taken back for return, receipt {t}</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="400"/>
        <location filename="../model/loyalty/tiers.py" line="414"/>
        <source>年度复核降级</source>
        <translation>Annual review downgrade</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="534"/>
        <location filename="../model/loyalty/vouchers.py" line="234"/>
        <source>消费抵扣</source>
        <translation>Used for purchase</translation>
    </message>
    <message>
        <location filename="../demo/sales.py" line="563"/>
        <location filename="../model/loyalty/gifts.py" line="73"/>
        <source>兑换礼品:</source>
        <translation>Gift redemption:</translation>
    </message>
    <message>
        <location filename="../fonts.py" line="42"/>
        <source>找不到中文字体:程序自带的字体文件 {name} 缺失,本机也没有中文字体。请重新安装会员管家。</source>
        <translation>Chinese font not found: the bundled font file {name} is missing and this computer has no Chinese font. Please reinstall VIP Desk.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="52"/>
        <location filename="../model/access/core.py" line="204"/>
        <location filename="../model/access/core.py" line="209"/>
        <location filename="../model/access/core.py" line="227"/>
        <location filename="../model/privacy/owner.py" line="92"/>
        <source>店长</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="52"/>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="52"/>
        <location filename="../model/importing/mapping.py" line="55"/>
        <location filename="../model/importing/mapping.py" line="81"/>
        <location filename="../model/importing/members_writer.py" line="228"/>
        <location filename="../model/privacy/anonymise.py" line="230"/>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <location filename="../model/privacy/anonymise.py" line="255"/>
        <location filename="../model/safety/salvage.py" line="36"/>
        <location filename="../model/sales/pos_import.py" line="158"/>
        <location filename="../model/sales/recording.py" line="242"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <location filename="../ui/hygiene/dialogs.py" line="379"/>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>导购</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="67"/>
        <location filename="../model/privacy/audit.py" line="38"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="68"/>
        <source>导出或查看完整手机号</source>
        <translation>Export or view full phone numbers</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="69"/>
        <location filename="../model/privacy/audit.py" line="37"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="70"/>
        <source>导入会员或销售</source>
        <translation>Import members or sales</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="71"/>
        <location filename="../model/privacy/audit.py" line="36"/>
        <source>合并会员</source>
        <translation>Merge members</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="72"/>
        <source>删除或注销会员</source>
        <translation>Delete or deactivate members</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="73"/>
        <source>大额积分兑换</source>
        <translation>Large points redemption</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="74"/>
        <source>储值调整</source>
        <translation>Stored value adjustment</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="75"/>
        <source>手工调整积分、发券、锁定等级</source>
        <translation>Adjust points, issue vouchers, lock tiers by hand</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="76"/>
        <source>发送短信(产生费用)</source>
        <translation>Send text messages (costs money)</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="77"/>
        <source>复制全部数据到U盘</source>
        <translation>Copy all data to a USB stick</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="78"/>
        <source>管理导购名单</source>
        <translation>Manage the sales staff list</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="83"/>
        <source>角色权限</source>
        <translation>Role permissions</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="83"/>
        <source>店长在“员工与权限”中修改</source>
        <translation>Owner can change these under "Staff &amp; Permissions"</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="84"/>
        <location filename="../model/access/core.py" line="476"/>
        <source>大额兑换门槛(积分)</source>
        <translation>Large redemption threshold (points)</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="84"/>
        <source>兑换超过这么多积分需要“大额积分兑换”权限</source>
        <translation>Redeeming more points than this requires the "Large points redemption" permission</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="86"/>
        <source>无操作自动锁定(分钟)</source>
        <translation>Auto-lock after inactivity (minutes)</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="86"/>
        <source>0 表示不锁定</source>
        <translation>0 means never lock</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="87"/>
        <source>已设置店长</source>
        <translation>Owner set up</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="87"/>
        <location filename="../model/privacy/owner.py" line="25"/>
        <location filename="../model/privacy/owner.py" line="26"/>
        <location filename="../model/setup/first_run.py" line="13"/>
        <source>不可直接编辑</source>
        <translation>Not editable</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="100"/>
        <source>这个数据库曾设置过店长账号,但现在找不到店长账号(可能被删除)。为安全起见,需要店长权限的操作全部停用,请用设置时打印的恢复码恢复店长账号。</source>
        <translation>This database once had an owner account, but it can no longer be found (it may have been deleted). For safety, all owner-only operations are disabled. Please restore the owner account with the recovery code printed during setup.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="209"/>
        <source>已经设置过店长账号。忘记密码请用恢复码恢复。</source>
        <translation>The owner account is already set up. If you forgot the password, use the recovery code to restore it.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="225"/>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="225"/>
        <source>恢复码不正确</source>
        <translation>Incorrect recovery code</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="244"/>
        <location filename="../model/access/core.py" line="284"/>
        <location filename="../model/access/core.py" line="288"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="244"/>
        <location filename="../model/access/core.py" line="284"/>
        <source>未知角色</source>
        <translation>Unknown role</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="247"/>
        <location filename="../model/access/core.py" line="251"/>
        <location filename="../model/care/sending.py" line="37"/>
        <location filename="../model/hygiene/merge.py" line="67"/>
        <location filename="../model/hygiene/merge.py" line="198"/>
        <location filename="../model/importing/mapping.py" line="37"/>
        <location filename="../model/importing/members_writer.py" line="328"/>
        <location filename="../model/importing/members_writer.py" line="337"/>
        <location filename="../model/importing/members_writer.py" line="341"/>
        <location filename="../model/members/profile.py" line="45"/>
        <location filename="../model/members/profile.py" line="105"/>
        <location filename="../model/members/staff.py" line="21"/>
        <location filename="../model/members/staff.py" line="26"/>
        <location filename="../model/members/staff.py" line="36"/>
        <location filename="../model/members/staff.py" line="39"/>
        <location filename="../model/privacy/anonymise.py" line="206"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../reports/birthdays.py" line="21"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="247"/>
        <location filename="../model/importing/runner.py" line="162"/>
        <source>必填项为空</source>
        <translation>Required field is empty</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="251"/>
        <source>已有同名账号</source>
        <translation>An account with this name already exists</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="259"/>
        <location filename="../model/privacy/owner.py" line="89"/>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="259"/>
        <source>原密码不正确</source>
        <translation>Incorrect current password</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="282"/>
        <location filename="../model/access/core.py" line="311"/>
        <source>没有这个账号</source>
        <translation>No such account</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="288"/>
        <source>至少要保留一位在用的店长账号,否则没有人能修改权限。</source>
        <translation>At least one active owner account must remain, otherwise nobody could change permissions.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="301"/>
        <source>员工账号 {name}:{what}</source>
        <translation>Staff account {name}: {what}</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="318"/>
        <source>重设 {name} 的密码</source>
        <translation>Reset {name}'s PIN</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="472"/>
        <source>角色权限:</source>
        <translation>Role permissions: </translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="472"/>
        <source>无变化</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="476"/>
        <source>不能小于 0</source>
        <translation>cannot be less than 0</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="499"/>
        <source>店长操作</source>
        <translation>Owner action</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="500"/>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="501"/>
        <source>{who} 没有“{what}”的权限,请店长或有权限的人登录后再做。</source>
        <translation>{who} does not have the "{what}" permission. Please ask the owner or someone with permission to log in and do it.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="517"/>
        <location filename="../model/access/core.py" line="532"/>
        <location filename="../model/care/followups.py" line="71"/>
        <location filename="../model/care/printing.py" line="67"/>
        <location filename="../model/care/surveys.py" line="135"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="518"/>
        <source>这个操作</source>
        <translation>This action</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="521"/>
        <source>{reason}
需要{roles}确认。</source>
        <translation>{reason}
This needs approval by: {roles}.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="521"/>
        <source>{reason}需要{roles}确认。</source>
        <translation>{reason} needs approval by: {roles}.</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="523"/>
        <source>{reason}
需要有“{what}”权限的人员确认({roles})。</source>
        <translation>{reason}
This needs approval by someone with the “{what}” permission ({roles}).</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="525"/>
        <source>{reason}需要有“{what}”权限的人员确认({roles})。</source>
        <translation>{reason} needs approval by someone with the “{what}” permission ({roles}).</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="532"/>
        <source>需{roles}确认</source>
        <translation>approval by: {roles}</translation>
    </message>
    <message>
        <location filename="../model/access/core.py" line="543"/>
        <source>没有这个账号:{name}</source>
        <translation>No such account: {name}</translation>
    </message>
    <message>
        <location filename="../model/care/cap.py" line="23"/>
        <source>每位会员每月至少关怀次数</source>
        <translation>Min care contacts per member per month</translation>
    </message>
    <message>
        <location filename="../model/care/cap.py" line="23"/>
        <source>非销售的关怀短信/电话;少于此数的会员列入“本月未联系会员”</source>
        <translation>Non-sales care SMS/calls; members below this number are listed under "Members not contacted this month"</translation>
    </message>
    <message>
        <location filename="../model/care/cap.py" line="25"/>
        <source>每位会员每月最多关怀次数</source>
        <translation>Max care contacts per member per month</translation>
    </message>
    <message>
        <location filename="../model/care/cap.py" line="25"/>
        <source>非销售的关怀短信/电话;到达上限后下一条顺延到下个月;0 = 不限</source>
        <translation>Non-sales care SMS/calls; once the limit is reached, the next one is postponed to next month; 0 = no limit</translation>
    </message>
    <message>
        <location filename="../model/care/cap.py" line="89"/>
        <source>本月已发关怀{n}次(每月最多{cap}次),顺延到{y}年{m}月</source>
        <translation>{n} care contacts already this month (max {cap} per month), postponed to {m}/{y}</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="12"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="12"/>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="12"/>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <source>质量问题</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <source>尺码/版型</source>
        <translation>Size / fit</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <source>售后/退换</source>
        <translation>After-sales / returns</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <source>价格/积分</source>
        <translation>Price / points</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="13"/>
        <location filename="../model/members/profile.py" line="25"/>
        <location filename="../model/sales/recording.py" line="37"/>
        <location filename="../ui/care/reminder_pane.py" line="113"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="19"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="19"/>
        <source>请填写投诉内容</source>
        <translation>Please enter the complaint</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="29"/>
        <source>处理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="29"/>
        <location filename="../model/members/profile.py" line="326"/>
        <source>未知状态:</source>
        <translation>Unknown status:</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="31"/>
        <location filename="../model/members/profile.py" line="356"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="31"/>
        <location filename="../model/members/profile.py" line="356"/>
        <source>满意度应为 1 到 5 分</source>
        <translation>Satisfaction must be 1 to 5</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="35"/>
        <source>找不到投诉 #{id}</source>
        <translation>Complaint #{id} not found</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="40"/>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../model/care/complaints.py" line="40"/>
        <source>标记为已解决前请填写处理结果</source>
        <translation>Please enter the resolution before marking it resolved</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="37"/>
        <source>生日祝福</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="38"/>
        <source>生日提前问候</source>
        <translation>Birthday call ahead</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="39"/>
        <location filename="../model/members/profile.py" line="262"/>
        <source>孩子生日</source>
        <translation>Child's birthday</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="40"/>
        <location filename="../model/care/dates.py" line="64"/>
        <location filename="../model/members/profile.py" line="282"/>
        <location filename="../model/members/profile.py" line="285"/>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <location filename="../model/safety/salvage.py" line="36"/>
        <source>纪念日</source>
        <translation>Anniversaries</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="41"/>
        <source>新会员欢迎</source>
        <translation>New member welcome</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="42"/>
        <source>转介绍感谢</source>
        <translation>Referral thanks</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="43"/>
        <source>转介绍回访</source>
        <translation>Referral follow-up</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="44"/>
        <source>售后回访</source>
        <translation>After-sale call</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="45"/>
        <source>30天回访</source>
        <translation>30-day follow-up</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="46"/>
        <source>到店感谢</source>
        <translation>Thanks for visiting</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="47"/>
        <source>活动通知</source>
        <translation>Event notice</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="48"/>
        <location filename="../model/loyalty/ledger.py" line="157"/>
        <source>积分到期</source>
        <translation>Points expiry</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="49"/>
        <source>节日问候</source>
        <translation>Holiday greeting</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="50"/>
        <source>天气关怀</source>
        <translation>Weather care</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="51"/>
        <source>童装换码提醒</source>
        <translation>Kids' size-up reminder</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="52"/>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <location filename="../ui/reports/segment_tab.py" line="14"/>
        <source>流失预警</source>
        <translation>Churn warning</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="53"/>
        <source>沉睡唤醒</source>
        <translation>Dormant wake-up</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="54"/>
        <source>保持联系</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="55"/>
        <source>低分回访</source>
        <translation>Low-score follow-up</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="58"/>
        <location filename="../model/care/surveys.py" line="29"/>
        <location filename="../model/members/profile.py" line="26"/>
        <location filename="../model/members/profile.py" line="39"/>
        <location filename="../reports/calllist.py" line="41"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="58"/>
        <location filename="../model/members/profile.py" line="26"/>
        <location filename="../model/members/profile.py" line="39"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="67"/>
        <source>启用的提醒类型</source>
        <translation>Reminder kinds on</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="67"/>
        <source>每种提醒可单独关闭</source>
        <translation>Each kind of reminder can be turned off</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="70"/>
        <source>提前几天提醒生日</source>
        <translation>Days before a birthday to remind</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="70"/>
        <source>0 = 只在当天提醒</source>
        <translation>0 = only on the day</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="71"/>
        <location filename="../model/setup/first_run.py" line="58"/>
        <source>售后回访天数</source>
        <translation>After-sale call day</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="71"/>
        <source>购买后第几天电话回访</source>
        <translation>Day after a purchase to call</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="72"/>
        <location filename="../model/setup/first_run.py" line="59"/>
        <source>回访短信天数</source>
        <translation>Follow-up SMS day</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="72"/>
        <source>购买后第几天发回访短信</source>
        <translation>Day after a purchase to send the follow-up SMS</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="73"/>
        <source>转介绍回访天数</source>
        <translation>Referral follow-up day</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="73"/>
        <source>被介绍的新会员入会后第几天电话回访</source>
        <translation>Day after the referred member enrols to call</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="75"/>
        <source>晚班到店时间(点)</source>
        <translation>Late visit hour</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="75"/>
        <source>此时之后到店的顾客,第二天上午发感谢短信</source>
        <translation>Visitors after this hour get a thank-you SMS next morning</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="77"/>
        <source>沉睡提醒(月)</source>
        <translation>Dormant reminders (months)</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="77"/>
        <source>多少个月没有购买时提醒</source>
        <translation>Months without a purchase before a reminder</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="78"/>
        <source>流失预警倍数</source>
        <translation>Churn factor</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="78"/>
        <source>距上次购买超过她平时购买间隔的几倍时预警</source>
        <translation>Warn when the gap since her last purchase is this many times her usual gap</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="80"/>
        <source>流失预警的最少购买次数</source>
        <translation>Churn: minimum purchases</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="80"/>
        <source>买过几次才算常客</source>
        <translation>Purchases needed to count as a regular</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="82"/>
        <source>保持联系间隔(天)</source>
        <translation>Keep-in-touch interval (days)</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="82"/>
        <source>多少天没有联系就提醒打电话(一年至少 3 次)</source>
        <translation>Days without contact before a call reminder (at least 3 a year)</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="84"/>
        <source>每天保持联系的电话数</source>
        <translation>Keep-in-touch calls per day</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="84"/>
        <source>积压较多时每天最多安排几个</source>
        <translation>Most calls scheduled per day when many are due</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="86"/>
        <source>每位会员每周最多联系次数</source>
        <translation>Most contacts per member a week</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="86"/>
        <location filename="../model/care/config.py" line="87"/>
        <source>防打扰;0 = 不限</source>
        <translation>Don't pester; 0 = no limit</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="87"/>
        <source>每位会员每月最多联系次数</source>
        <translation>Most contacts per member a month</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="88"/>
        <source>不受次数限制的提醒</source>
        <translation>Reminders not counted in the limit</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="90"/>
        <source>活动提前几天通知</source>
        <translation>Days before an event to notify</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="91"/>
        <source>短信发送时段</source>
        <translation>SMS sending hours</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="92"/>
        <source>发送问候的节日</source>
        <translation>Holidays to greet</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="96"/>
        <source>节日问候的会员等级</source>
        <translation>Tiers to greet on holidays</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="96"/>
        <source>空 = 全部会员</source>
        <translation>Empty = all members</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="97"/>
        <source>短信模板</source>
        <translation>SMS templates</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="97"/>
        <source>只保存店主改过的模板</source>
        <translation>Only templates the owner changed are kept</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="98"/>
        <source>童装年龄尺码表</source>
        <translation>Kids' age-size table</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="98"/>
        <source>[年龄, 尺码]</source>
        <translation>[age, size]</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="102"/>
        <source>积分到期提前提醒天数</source>
        <translation>Days before points expire to remind</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="102"/>
        <source>积分到期前多少天发短信提醒兑换(积分过期开启时)</source>
        <translation>Days before points expire to send a reminder SMS (when points expiry is on)</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="104"/>
        <source>换码提醒提前天数</source>
        <translation>Days ahead for the size-up reminder</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="104"/>
        <source>孩子过生日前多少天提醒</source>
        <translation>Days before a child's birthday to remind</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="105"/>
        <source>补扫天数</source>
        <translation>Catch-up days</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="105"/>
        <source>没开店的日子的提醒最多补回几天</source>
        <translation>Most days of missed reminders to catch up after closed days</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="107"/>
        <location filename="../model/care/printing.py" line="93"/>
        <source>回访清单打印完整手机号</source>
        <translation>Follow-up list printed with full mobile numbers</translation>
    </message>
    <message>
        <location filename="../model/care/config.py" line="107"/>
        <source>默认打印 138****1234</source>
        <translation>Prints 138****1234 by default</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="34"/>
        <source>今天生日:</source>
        <translation>Birthday today:</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="44"/>
        <source>{n}天后生日:{text}({date})</source>
        <translation>Birthday in {n} days: {text} ({date})</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="44"/>
        <source>{n}天后生日({date})</source>
        <translation>Birthday in {n} days ({date})</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="56"/>
        <source>孩子{name}今天生日</source>
        <translation>Child {name} has a birthday today</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="65"/>
        <source>今天是{label}</source>
        <translation>Today is {label}</translation>
    </message>
    <message>
        <location filename="../model/care/dates.py" line="83"/>
        <source>{child}{date}满{age}岁,上次买{size}码,建议{new}码</source>
        <translation>{child} turns {age} on {date}; last bought size {size}, suggest size {new}</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="170"/>
        <source>已不需要</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="243"/>
        <location filename="../model/messaging/gating.py" line="227"/>
        <source>会员希望不被打扰</source>
        <translation>Member does not want to be disturbed</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="250"/>
        <source>近7天已联系{n}次(上限{cap}次)</source>
        <translation>Contacted {n} times in the last 7 days (limit {cap})</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="253"/>
        <source>近30天已联系{n}次(上限{cap}次)</source>
        <translation>Contacted {n} times in the last 30 days (limit {cap})</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="291"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="291"/>
        <source>天数至少为 1</source>
        <translation>Days must be at least 1</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="401"/>
        <location filename="../model/importing/report.py" line="106"/>
        <location filename="../model/privacy/anonymise.py" line="249"/>
        <location filename="../ui/safety/backups.py" line="100"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="401"/>
        <source>请填写跳过的原因</source>
        <translation>Please enter the reason for skipping</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="21"/>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>未回复</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="21"/>
        <source>参加</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="21"/>
        <source>不参加</source>
        <translation>Not attending</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="21"/>
        <source>待定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="27"/>
        <location filename="../model/care/events.py" line="42"/>
        <location filename="../model/care/templates.py" line="28"/>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="27"/>
        <location filename="../model/care/events.py" line="42"/>
        <source>请填写活动名称</source>
        <translation>Please enter the event name</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="29"/>
        <source>活动时间</source>
        <translation>Event time</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="29"/>
        <source>请填写活动时间</source>
        <translation>Please enter the event time</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="50"/>
        <source>找不到活动 #{id}</source>
        <translation>Event #{id} not found</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="94"/>
        <source>该会员没有被邀请</source>
        <translation>This member was not invited</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="100"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../model/care/events.py" line="100"/>
        <source>未知回复:</source>
        <translation>Unknown reply:</translation>
    </message>
    <message>
        <location filename="../model/care/feedback_tables.py" line="74"/>
        <source>商品质量与款式满意度</source>
        <translation>Satisfaction with product quality and styles</translation>
    </message>
    <message>
        <location filename="../model/care/feedback_tables.py" line="75"/>
        <source>导购服务满意度</source>
        <translation>Satisfaction with staff service</translation>
    </message>
    <message>
        <location filename="../model/care/feedback_tables.py" line="76"/>
        <source>店铺环境满意度</source>
        <translation>Satisfaction with the shop</translation>
    </message>
    <message>
        <location filename="../model/care/feedback_tables.py" line="77"/>
        <source>愿意推荐给朋友吗</source>
        <translation>Would you recommend us to a friend?</translation>
    </message>
    <message>
        <location filename="../model/care/feedback_tables.py" line="78"/>
        <source>其他意见和建议</source>
        <translation>Other comments and suggestions</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="54"/>
        <source>({size})</source>
        <translation> ({size})</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="71"/>
        <source>衣服</source>
        <translation>clothes</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="72"/>
        <source>{date}购买了{items}(第{n}天)</source>
        <translation>Bought {items} on {date} (day {n})</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="97"/>
        <source>{date}新入会</source>
        <translation>New member since {date}</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="106"/>
        <source>介绍了新会员{name}</source>
        <translation>Referred new member {name}</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="115"/>
        <source>经老会员介绍入会第{n}天</source>
        <translation>Day {n} since joining on a member's referral</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="147"/>
        <source>{date}晚上到店未购买</source>
        <translation>Visited the evening of {date} without buying</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="147"/>
        <source>今天到店未购买</source>
        <translation>Visited today without buying</translation>
    </message>
    <message>
        <location filename="../model/care/followups.py" line="170"/>
        <source>{n} 积分将于 {date} 到期</source>
        <translation>{n} points expire on {date}</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>元旦</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>元宵节</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>情人节</source>
        <translation>Valentine's Day</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>三八妇女节</source>
        <translation>Women's Day (8 March)</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>母亲节</source>
        <translation>Mother's Day</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>六一儿童节</source>
        <translation>Children's Day (1 June)</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>父亲节</source>
        <translation>Father's Day</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>七夕</source>
        <translation>Qixi</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="74"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="75"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="75"/>
        <source>重阳节</source>
        <translation>Double Ninth Festival</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="75"/>
        <source>圣诞节</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="78"/>
        <source>全部会员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="78"/>
        <source>有孩子的会员</source>
        <translation>Members with children</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="78"/>
        <source>女士</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="78"/>
        <source>先生</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="79"/>
        <source>有孩子的女士</source>
        <translation>Mothers</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="79"/>
        <source>有孩子的先生</source>
        <translation>Fathers</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="81"/>
        <source>自定义节日</source>
        <translation>Custom holidays</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="81"/>
        <source>店主添加的节日:[{key,name,month,day,lunar,year,wish,audience}],year 为 0 表示每年</source>
        <translation>Holidays added by the owner: [{key,name,month,day,lunar,year,wish,audience}], year 0 means every year</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="132"/>
        <location filename="../model/care/templates.py" line="30"/>
        <source>节日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="132"/>
        <source>请填写节日名称</source>
        <translation>Please enter a holiday name</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="134"/>
        <location filename="../model/care/plan.py" line="116"/>
        <location filename="../model/care/plan.py" line="118"/>
        <source>对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="134"/>
        <source>未知的问候对象:</source>
        <translation>Unknown greeting audience: </translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="136"/>
        <location filename="../model/care/holidays.py" line="141"/>
        <location filename="../reports/calllist.py" line="41"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="136"/>
        <location filename="../model/care/holidays.py" line="141"/>
        <source>{m}月{d}日不是有效日期</source>
        <translation>{m}/{d} is not a valid date</translation>
    </message>
    <message>
        <location filename="../model/care/holidays.py" line="145"/>
        <source>节日快乐</source>
        <translation>Happy holidays</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>搬家</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>款式</source>
        <translation>Styles</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>竞争对手</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="22"/>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="23"/>
        <source>流失原因选项</source>
        <translation>Churn reason options</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="23"/>
        <source>沉睡/流失会员回访时记录的原因</source>
        <translation>Reasons recorded when following up with dormant/lost members</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="49"/>
        <source>第{n}项</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="49"/>
        <source>原因最多 20 个字</source>
        <translation>Reason can be at most 20 characters</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="53"/>
        <location filename="../model/care/lapse.py" line="62"/>
        <source>流失原因</source>
        <translation>Churn reason</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="53"/>
        <source>至少保留一个原因</source>
        <translation>Keep at least one reason</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="62"/>
        <source>请从列表中选择原因:</source>
        <translation>Please choose a reason from the list: </translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="111"/>
        <source>未分群</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../model/care/lapse.py" line="111"/>
        <source>未指定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../model/care/lapsing.py" line="44"/>
        <source>已{n}个月没有购买(上次 {date})</source>
        <translation>No purchase for {n} months (last {date})</translation>
    </message>
    <message>
        <location filename="../model/care/lapsing.py" line="84"/>
        <source>平时约{gap}天来一次,已{n}天没来(上次 {last})</source>
        <translation>Usually comes every {gap} days; not seen for {n} days (last {last})</translation>
    </message>
    <message>
        <location filename="../model/care/lapsing.py" line="155"/>
        <source>已{n}天没有联系(上次 {date})</source>
        <translation>No contact for {n} days (last {date})</translation>
    </message>
    <message>
        <location filename="../model/care/lapsing.py" line="157"/>
        <source>;关怀计划 {label}:每{d}天</source>
        <translation>; care plan {label}: every {d} days</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="58"/>
        <source>{n}天后活动:{name}</source>
        <translation>Event in {n} days: {name}</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="68"/>
        <source>降温</source>
        <translation>Cold snap</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="68"/>
        <source>高温</source>
        <translation>Heat</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="68"/>
        <source>台风</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="68"/>
        <source>降雨</source>
        <translation>Rain</translation>
    </message>
    <message>
        <location filename="../model/care/occasions.py" line="81"/>
        <source>天气关怀:{w}</source>
        <translation>Weather care: {w}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="31"/>
        <location filename="../model/care/templates.py" line="25"/>
        <location filename="../model/loyalty/tiers.py" line="48"/>
        <location filename="../model/loyalty/tiers.py" line="91"/>
        <location filename="../model/loyalty/tiers.py" line="109"/>
        <location filename="../model/loyalty/tiers.py" line="111"/>
        <source>会员等级</source>
        <translation>Member tier</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="32"/>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>价值分层</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="33"/>
        <source>RFM分组</source>
        <translation>RFM group</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="34"/>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>行为矩阵</source>
        <translation>Behaviour matrix</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="35"/>
        <source>VIP象限</source>
        <translation>VIP quadrant</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="36"/>
        <source>孩子年龄段</source>
        <translation>Child's age group</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="39"/>
        <source>1–3岁</source>
        <translation>1–3 yrs</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="39"/>
        <source>4–6岁</source>
        <translation>4–6 yrs</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="39"/>
        <source>7–11岁</source>
        <translation>7–11 yrs</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="39"/>
        <source>12岁以上</source>
        <translation>12+ yrs</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="43"/>
        <source>成长价值;宝宝长得快,每3个月提醒换码</source>
        <translation>Growing fast: remind her to size up every 3 months</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="45"/>
        <source>新品、优惠、时尚</source>
        <translation>New arrivals, offers, fashion</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="46"/>
        <source>开学装:幼儿园/小学开学新衣</source>
        <translation>Back to school: new clothes for kindergarten / primary school</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="48"/>
        <source>学校生活、穿衣打扮</source>
        <translation>School life, dressing well</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="50"/>
        <source>优惠信息</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="51"/>
        <location filename="../model/segmentation/classify.py" line="21"/>
        <source>高价值会员</source>
        <translation>High-value member</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="51"/>
        <source>新品到店优先通知、专属服务</source>
        <translation>First word on new arrivals, personal service</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="55"/>
        <source>关怀计划</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="55"/>
        <source>按会员分层/孩子年龄段设定联系间隔、方式和内容;取最频繁的一条</source>
        <translation>Set contact interval, method and content by member tier/child age group; the most frequent rule applies</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="73"/>
        <source>({m}月)</source>
        <translation> (month {m})</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="96"/>
        <source>近况、穿着体验</source>
        <translation>Recent news, how the clothes are wearing</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="112"/>
        <source>第{n}行</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="114"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="114"/>
        <source>未知类别:</source>
        <translation>Unknown category: </translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="116"/>
        <source>请填写适用对象</source>
        <translation>Please enter who this applies to</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="118"/>
        <source>年龄段应为 1-3、4-6、7-11 或 12+</source>
        <translation>Age group must be 1-3, 4-6, 7-11 or 12+</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="120"/>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="120"/>
        <source>联系间隔应在 1 到 730 天之间</source>
        <translation>Contact interval must be between 1 and 730 days</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="122"/>
        <location filename="../model/care/surveys.py" line="77"/>
        <location filename="../model/members/profile.py" line="354"/>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="122"/>
        <source>方式应为电话或短信</source>
        <translation>Method must be phone or SMS</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="124"/>
        <location filename="../reports/period.py" line="76"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="124"/>
        <location filename="../model/members/profile.py" line="72"/>
        <source>月份应在 1 到 12 之间</source>
        <translation>Months must be between 1 and 12</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="166"/>
        <source>孩子{name}{age}岁</source>
        <translation>child {name}, age {age}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="174"/>
        <source>RFM为{v}</source>
        <translation>RFM is {v}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="176"/>
        <source>{scope}为{v}</source>
        <translation>{scope} is {v}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="188"/>
        <source>关怀计划:每{d}天{ch}联系一次</source>
        <translation>Care plan: contact by {ch} every {d} days</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="190"/>
        <source>,内容:{t}</source>
        <translation>, content: {t}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="192"/>
        <source>(全体会员的最低要求)</source>
        <translation> (minimum for all members)</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="193"/>
        <source>(依据 {label}:{why}</source>
        <translation> (based on {label}: {why}</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="195"/>
        <source>;比其余{n}条适用规则更频繁</source>
        <translation>; more frequent than the other {n} matching rules</translation>
    </message>
    <message>
        <location filename="../model/care/plan.py" line="202"/>
        <source>全体会员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../model/care/printing.py" line="65"/>
        <source>未购买</source>
        <translation>No purchase</translation>
    </message>
    <message>
        <location filename="../model/care/printing.py" line="83"/>
        <source>未分配导购</source>
        <translation>No staff assigned</translation>
    </message>
    <message>
        <location filename="../model/care/printing.py" line="114"/>
        <source>(公历{m}月{d}日)</source>
        <translation> (solar {m}/{d})</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="37"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="37"/>
        <source>短信内容</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="50"/>
        <source>群发</source>
        <translation>Bulk SMS</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="62"/>
        <location filename="../model/privacy/anonymise.py" line="282"/>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="62"/>
        <source>请选择 .csv 或 .xlsx 文件</source>
        <translation>Please choose a .csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../model/care/sending.py" line="64"/>
        <location filename="../model/privacy/audit.py" line="44"/>
        <source>群发短信导出</source>
        <translation>Bulk SMS export</translation>
    </message>
    <message>
        <location filename="../model/care/sizeup.py" line="49"/>
        <location filename="../model/importing/mapping.py" line="46"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../model/care/sizeup.py" line="49"/>
        <source>年龄应在 0 到 18 岁之间</source>
        <translation>Age must be between 0 and 18</translation>
    </message>
    <message>
        <location filename="../model/care/sizeup.py" line="51"/>
        <location filename="../model/hygiene/merge.py" line="79"/>
        <location filename="../model/importing/mapping.py" line="61"/>
        <location filename="../model/importing/mapping.py" line="75"/>
        <location filename="../model/members/profile.py" line="45"/>
        <location filename="../model/privacy/anonymise.py" line="209"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../model/care/sizeup.py" line="51"/>
        <source>尺码应为身高数字,如 110</source>
        <translation>Size must be a height number, e.g. 110</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="25"/>
        <source>满意度低分线</source>
        <translation>Satisfaction low-score line</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="25"/>
        <source>任一题打分不高于此分时,第二天提醒电话回访</source>
        <translation>If any question scores at or below this, remind staff to call back the next day</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="27"/>
        <source>低分回访天数</source>
        <translation>Low-score follow-up days</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="27"/>
        <source>低分调查后第几天电话回访</source>
        <translation>Days after a low-score survey to call back</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="29"/>
        <location filename="../model/members/profile.py" line="26"/>
        <source>到店</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="49"/>
        <location filename="../model/care/surveys.py" line="66"/>
        <location filename="../model/care/surveys.py" line="84"/>
        <location filename="../model/safety/salvage.py" line="249"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="49"/>
        <location filename="../model/care/surveys.py" line="66"/>
        <source>请填写问题</source>
        <translation>Please enter a question</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="51"/>
        <source>题型</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="51"/>
        <source>题型应为打分或文字</source>
        <translation>Question type must be score or text</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="77"/>
        <source>方式应为电话或到店</source>
        <translation>Method must be phone or in-store</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="84"/>
        <source>问题不存在:</source>
        <translation>Question not found: </translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="91"/>
        <location filename="../model/care/surveys.py" line="93"/>
        <source>请打 1 到 5 分</source>
        <translation>Please give a score from 1 to 5</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="99"/>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="99"/>
        <source>请至少回答一题</source>
        <translation>Please answer at least one question</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="101"/>
        <source>满意度调查:平均 {avg} 分</source>
        <translation>Satisfaction survey: average {avg}</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="101"/>
        <source>满意度调查</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="135"/>
        <source>{q} {s}分</source>
        <translation>{q} {s} pts</translation>
    </message>
    <message>
        <location filename="../model/care/surveys.py" line="136"/>
        <source>{date}满意度调查低分:{low}</source>
        <translation>{date} satisfaction survey low scores: {low}</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="21"/>
        <source>会员姓名</source>
        <translation>Member's name</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="22"/>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="23"/>
        <source>女士/先生(按性别)</source>
        <translation>Ms/Mr (by gender)</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="24"/>
        <source>当前积分</source>
        <translation>Current points</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="26"/>
        <location filename="../model/hygiene/merge.py" line="72"/>
        <location filename="../model/members/profile.py" line="142"/>
        <location filename="../model/privacy/anonymise.py" line="212"/>
        <source>专属导购</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="27"/>
        <location filename="../model/setup/first_run.py" line="52"/>
        <location filename="../model/store/settings.py" line="127"/>
        <source>店名</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="29"/>
        <source>相关日期</source>
        <translation>Related date</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="31"/>
        <source>节日祝福语</source>
        <translation>Holiday wishes</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="32"/>
        <location filename="../model/members/profile.py" line="261"/>
        <source>孩子姓名</source>
        <translation>Child's name</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="33"/>
        <source>纪念日名称</source>
        <translation>Anniversary name</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="34"/>
        <source>被介绍的新会员</source>
        <translation>Referred new member</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="35"/>
        <source>天气提醒语</source>
        <translation>Weather note</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="36"/>
        <source>购买的商品</source>
        <translation>Items bought</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="37"/>
        <source>上次购买尺码</source>
        <translation>Last size bought</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="38"/>
        <source>建议尺码</source>
        <translation>Suggested size</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="39"/>
        <source>孩子将满的年龄</source>
        <translation>Child's coming age</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="40"/>
        <source>将到期的积分</source>
        <translation>Points about to expire</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="41"/>
        <source>她/他(按性别)</source>
        <translation>her/him (by gender)</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="42"/>
        <source>祝愿语(按性别、年龄)</source>
        <translation>Wishes (by gender and age)</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="43"/>
        <source>关怀计划的沟通内容</source>
        <translation>Care plan talking points</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="44"/>
        <source>满意度调查的低分项</source>
        <translation>Low-score items from satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="129"/>
        <source>他</source>
        <translation>him</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="129"/>
        <source>她</source>
        <translation>her</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="138"/>
        <source>福寿安康,健康长寿</source>
        <translation>Wishing you good fortune, good health and a long life</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="140"/>
        <source>身体健康,事业顺利</source>
        <translation>Good health and success in your career</translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="141"/>
        <source>健康美丽,万事顺意</source>
        <translation>Health, beauty and all the best</translation>
    </message>
    <message>
        <location filename="../model/care/weather.py" line="27"/>
        <source>天气</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../model/care/weather.py" line="27"/>
        <source>请选择降温、高温、台风或降雨</source>
        <translation>Please choose cold snap, heat, typhoon or rain</translation>
    </message>
    <message>
        <location filename="../model/care/weather.py" line="29"/>
        <location filename="../model/hygiene/merge.py" line="173"/>
        <location filename="../model/hygiene/merge.py" line="341"/>
        <location filename="../model/importing/jobs.py" line="84"/>
        <location filename="../model/importing/mapping.py" line="72"/>
        <location filename="../model/importing/members_export.py" line="166"/>
        <location filename="../model/safety/salvage.py" line="34"/>
        <location filename="../reports/calllist.py" line="41"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../model/care/weather.py" line="29"/>
        <source>请选择要关怀的会员</source>
        <translation>Please choose the members to care for</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="67"/>
        <source>条码只含数字:{code}</source>
        <translation>Barcode must contain digits only: {code}</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="69"/>
        <location filename="../model/codes.py" line="74"/>
        <location filename="../model/codes.py" line="106"/>
        <source>不认识的条码:{code}</source>
        <translation>Unknown barcode: {code}</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="71"/>
        <source>条码校验位不对,请重扫或核对:{code}</source>
        <translation>Barcode check digit is wrong, please rescan or check: {code}</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="100"/>
        <source>没有这张{kind}:{code}</source>
        <translation>No such {kind}: {code}</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="106"/>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../model/codes.py" line="122"/>
        <source>入会绑定预制卡</source>
        <translation>Bind pre-made card at sign-up</translation>
    </message>
    <message>
        <location filename="../model/hygiene/completeness_report.py" line="54"/>
        <location filename="../model/hygiene/completeness_report.py" line="54"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../model/hygiene/completeness_report.py" line="65"/>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="39"/>
        <location filename="../model/importing/members_writer.py" line="325"/>
        <source>姓名和生日相同</source>
        <translation>Same name and birthday</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="40"/>
        <source>姓名相同,手机尾号相同</source>
        <translation>Same name, same mobile ending</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="41"/>
        <source>卡号相同</source>
        <translation>Same card no.</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="42"/>
        <source>生日相同,姓名相近</source>
        <translation>Same birthday, similar name</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="222"/>
        <location filename="../model/hygiene/duplicates.py" line="226"/>
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="222"/>
        <source>至少要选两位会员</source>
        <translation>Select at least two members</translation>
    </message>
    <message>
        <location filename="../model/hygiene/duplicates.py" line="226"/>
        <location filename="../model/hygiene/merge.py" line="171"/>
        <location filename="../model/importing/members_writer.py" line="84"/>
        <location filename="../model/loyalty/gifts.py" line="70"/>
        <location filename="../model/loyalty/stored_value.py" line="77"/>
        <location filename="../model/loyalty/vouchers.py" line="146"/>
        <location filename="../model/members/profile.py" line="238"/>
        <location filename="../model/privacy/anonymise.py" line="110"/>
        <location filename="../model/privacy/anonymise.py" line="202"/>
        <location filename="../model/privacy/consent.py" line="98"/>
        <location filename="../model/sales/recording.py" line="148"/>
        <source>找不到会员 #{id}</source>
        <translation>Member #{id} not found</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="68"/>
        <location filename="../model/hygiene/merge.py" line="196"/>
        <location filename="../model/importing/mapping.py" line="39"/>
        <location filename="../model/importing/members_writer.py" line="298"/>
        <location filename="../model/importing/members_writer.py" line="301"/>
        <location filename="../model/importing/members_writer.py" line="320"/>
        <location filename="../model/importing/members_writer.py" line="332"/>
        <location filename="../model/importing/members_writer.py" line="335"/>
        <location filename="../model/members/profile.py" line="109"/>
        <location filename="../model/privacy/anonymise.py" line="206"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="69"/>
        <location filename="../model/importing/mapping.py" line="47"/>
        <location filename="../model/members/profile.py" line="115"/>
        <location filename="../model/privacy/anonymise.py" line="206"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="70"/>
        <location filename="../model/importing/mapping.py" line="44"/>
        <location filename="../model/members/profile.py" line="124"/>
        <location filename="../reports/birthdays.py" line="21"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="71"/>
        <location filename="../model/hygiene/merge.py" line="310"/>
        <location filename="../model/importing/mapping.py" line="42"/>
        <location filename="../model/importing/members_writer.py" line="450"/>
        <location filename="../model/members/profile.py" line="305"/>
        <location filename="../model/members/profile.py" line="312"/>
        <location filename="../model/privacy/anonymise.py" line="212"/>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="73"/>
        <location filename="../model/importing/mapping.py" line="57"/>
        <location filename="../model/members/profile.py" line="153"/>
        <location filename="../model/privacy/anonymise.py" line="214"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>入会日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="74"/>
        <location filename="../model/importing/mapping.py" line="63"/>
        <location filename="../model/members/profile.py" line="46"/>
        <location filename="../model/privacy/anonymise.py" line="213"/>
        <source>入会渠道</source>
        <translation>Joined via</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="75"/>
        <location filename="../model/importing/mapping.py" line="62"/>
        <location filename="../model/importing/members_writer.py" line="396"/>
        <location filename="../model/members/profile.py" line="147"/>
        <location filename="../model/members/profile.py" line="149"/>
        <location filename="../model/privacy/anonymise.py" line="213"/>
        <source>介绍人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="76"/>
        <location filename="../model/importing/mapping.py" line="53"/>
        <location filename="../model/members/profile.py" line="45"/>
        <location filename="../model/members/profile.py" line="120"/>
        <location filename="../model/privacy/anonymise.py" line="208"/>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="77"/>
        <location filename="../model/importing/mapping.py" line="52"/>
        <location filename="../model/members/profile.py" line="45"/>
        <location filename="../model/privacy/anonymise.py" line="209"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="78"/>
        <location filename="../model/importing/mapping.py" line="59"/>
        <location filename="../model/members/profile.py" line="45"/>
        <location filename="../model/privacy/anonymise.py" line="208"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="81"/>
        <location filename="../model/members/profile.py" line="46"/>
        <source>软档案备注</source>
        <translation>Soft profile notes</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="82"/>
        <location filename="../model/members/profile.py" line="46"/>
        <source>员工观察</source>
        <translation>Staff observations</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="83"/>
        <location filename="../model/importing/mapping.py" line="54"/>
        <location filename="../model/importing/mapping.py" line="87"/>
        <location filename="../model/importing/mapping.py" line="170"/>
        <location filename="../model/importing/mapping.py" line="178"/>
        <location filename="../model/importing/runner.py" line="374"/>
        <location filename="../model/members/profile.py" line="46"/>
        <location filename="../model/privacy/anonymise.py" line="212"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <location filename="../model/privacy/anonymise.py" line="255"/>
        <location filename="../model/sales/pos_import.py" line="138"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="173"/>
        <source>会员 #{id} 已合并或已删除,不能再合并</source>
        <translation>Member #{id} has been merged or deleted and cannot be merged again</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="182"/>
        <location filename="../ui/loyalty/tab.py" line="29"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="182"/>
        <source>未知字段:</source>
        <translation>Unknown field:</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="196"/>
        <source>合并后的会员必须有手机号</source>
        <translation>The merged member must have a mobile number</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="198"/>
        <location filename="../model/importing/members_validate.py" line="78"/>
        <location filename="../model/members/profile.py" line="105"/>
        <source>请填写姓名</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="220"/>
        <location filename="../model/hygiene/merge.py" line="244"/>
        <source>合并到会员 #{id}</source>
        <translation>Merged into member #{id}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="228"/>
        <location filename="../model/hygiene/merge.py" line="246"/>
        <source>由会员 #{id} 合并转入</source>
        <translation>Merged in from member #{id}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="261"/>
        <source>会员合并,转给会员 #{id}</source>
        <translation>Member merge, transferred to member #{id}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="269"/>
        <source>由会员 #{id} 的礼券 {code} 合并转入</source>
        <translation>Merged in from member #{id}'s voucher {code}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="310"/>
        <source>只能选两位会员已有的卡号:</source>
        <translation>Only a card number one of the two members already has can be chosen:</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="341"/>
        <source>不能把会员和自己合并</source>
        <translation>A member cannot be merged with herself</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="359"/>
        <source>已合并到 #{id}</source>
        <translation>Merged into #{id}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="386"/>
        <location filename="../model/importing/members_writer.py" line="516"/>
        <source>另一号码</source>
        <translation>Other number</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="391"/>
        <location filename="../model/members/profile.py" line="200"/>
        <location filename="../model/members/profile.py" line="228"/>
        <source>手机号 {phone} 已是会员 {name} 的号码</source>
        <translation>Mobile {phone} already belongs to member {name}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="404"/>
        <source>会员 #{other} 合并到 #{survivor}</source>
        <translation>Member #{other} merged into #{survivor}</translation>
    </message>
    <message>
        <location filename="../model/hygiene/merge.py" line="435"/>
        <location filename="../model/hygiene/merge.py" line="436"/>
        <source>会员合并</source>
        <translation>Member merge</translation>
    </message>
    <message>
        <location filename="../model/importing/jobs.py" line="84"/>
        <location filename="../model/privacy/anonymise.py" line="237"/>
        <location filename="../model/safety/salvage.py" line="34"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../model/importing/jobs.py" line="277"/>
        <source>另一个导入正在写入这个数据库,请等它完成后再导入。</source>
        <translation>Another import is saving into this database. Please wait for it to finish, then import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/jobs.py" line="376"/>
        <source>上次中断的{kind}导入尚未开始写入,已放弃(没有写入任何数据)</source>
        <translation>The interrupted {kind} import had not started saving; it was dropped (nothing was written)</translation>
    </message>
    <message>
        <location filename="../model/importing/jobs.py" line="389"/>
        <source>上次中断的{kind}导入已在启动时补完(补写 {n} 条)</source>
        <translation>The interrupted {kind} import was completed at start-up ({n} records written)</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="25"/>
        <source>导入文件最大(MB)</source>
        <translation>Max import file size (MB)</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="25"/>
        <source>超过这个大小的文件不导入(10 万会员的 Excel 约 10 MB)</source>
        <translation>Files larger than this are not imported (an Excel file of 100,000 members is about 10 MB)</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="27"/>
        <source>导入最多行数</source>
        <translation>Max import rows</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="27"/>
        <source>超过这么多行的文件不导入</source>
        <translation>Files with more rows than this are not imported</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="28"/>
        <source>导入最多列数</source>
        <translation>Max import columns</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="28"/>
        <source>超过这么多列的文件不导入</source>
        <translation>Files with more columns than this are not imported</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="29"/>
        <source>Excel 单个部件解压后最大(MB)</source>
        <translation>Max unzipped size per Excel part (MB)</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="29"/>
        <source>防止“压缩炸弹”:解压后超过这个大小的 Excel 不导入</source>
        <translation>Guards against "zip bombs": Excel files larger than this after unzipping are not imported</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="31"/>
        <source>Excel 最大压缩比</source>
        <translation>Max Excel compression ratio</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="31"/>
        <source>解压后比压缩时大这么多倍(且超过 10 MB)的部件视为压缩炸弹</source>
        <translation>Parts that grow this many times larger when unzipped (and exceed 10 MB) are treated as zip bombs</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="50"/>
        <source>文件 {name} 有 {size} MB,超过导入上限 {limit} MB。请分成几个文件导入,或请店长在设置中调高“导入文件最大”。</source>
        <translation>File {name} is {size} MB, over the import limit of {limit} MB. Split it into several files, or ask the owner to raise "Max import file size" in Settings.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="63"/>
        <source>文件 {name} 不是有效的 .xlsx(可能已损坏,或是改了扩展名的其他文件)。请在 Excel/WPS 中打开后另存为 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。</source>
        <translation>File {name} is not a valid .xlsx (it may be damaged, or another file with a renamed extension). Open it in Excel/WPS and save as .xlsx, or save as CSV UTF-8 / GBK, then import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="75"/>
        <source>文件 {name} 的部件 {part} 解压后有 {size} MB(压缩比 {ratio}:1),像是“压缩炸弹”或异常文件,为保护电脑没有打开。如果这确实是会员表,请在 Excel/WPS 中另存为 CSV 再导入。</source>
        <translation>Part {part} of file {name} unpacks to {size} MB (compression ratio {ratio}:1). It looks like a "zip bomb" or a damaged file, so it was not opened to protect your computer. If this really is a member sheet, save it as CSV in Excel/WPS and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="80"/>
        <source>文件 {name} 解压后共 {size} MB,超过导入上限。请分成几个文件导入。</source>
        <translation>File {name} unpacks to {size} MB, over the import limit. Please split it into several files.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="88"/>
        <source>文件 {name} 有 {rows} 行,超过导入上限 {limit} 行。请分成几个文件导入。</source>
        <translation>File {name} has {rows} rows, over the import limit of {limit} rows. Please split it into several files.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="92"/>
        <source>文件 {name} 有 {cols} 列,超过导入上限 {limit} 列。请删掉不需要的列再导入。</source>
        <translation>File {name} has {cols} columns, over the import limit of {limit} columns. Delete unneeded columns and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/limits.py" line="101"/>
        <source>文件 {name} 第 {row} 行有 {cols} 列,超过导入上限 {limit} 列。请检查这一行。</source>
        <translation>Row {row} of file {name} has {cols} columns, over the import limit of {limit} columns. Please check this row.</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="41"/>
        <source>座机</source>
        <translation>Landline</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="48"/>
        <location filename="../model/importing/members_writer.py" line="461"/>
        <location filename="../model/loyalty/thresholds.py" line="65"/>
        <location filename="../model/loyalty/vouchers.py" line="293"/>
        <location filename="../model/loyalty/vouchers.py" line="295"/>
        <location filename="../model/privacy/anonymise.py" line="214"/>
        <location filename="../model/privacy/anonymise.py" line="230"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="49"/>
        <location filename="../model/importing/members_writer.py" line="468"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>累计消费</source>
        <translation>Total spend</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="51"/>
        <location filename="../model/privacy/anonymise.py" line="216"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="60"/>
        <location filename="../model/members/profile.py" line="35"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="64"/>
        <location filename="../model/privacy/anonymise.py" line="216"/>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>最近消费</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="68"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="70"/>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <location filename="../model/sales/pos_import.py" line="215"/>
        <location filename="../model/sales/pos_import.py" line="220"/>
        <location filename="../model/sales/pos_import.py" line="230"/>
        <location filename="../model/sales/pos_import.py" line="250"/>
        <location filename="../model/sales/recording.py" line="278"/>
        <location filename="../model/sales/recording.py" line="470"/>
        <source>小票号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="73"/>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <location filename="../model/sales/recording.py" line="90"/>
        <source>款号</source>
        <translation>Style no.</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="74"/>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <source>品类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="76"/>
        <location filename="../model/sales/recording.py" line="92"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="77"/>
        <location filename="../model/privacy/anonymise.py" line="230"/>
        <location filename="../model/sales/recording.py" line="94"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="78"/>
        <location filename="../model/sales/recording.py" line="96"/>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="79"/>
        <location filename="../model/sales/pos_import.py" line="203"/>
        <location filename="../model/sales/recording.py" line="98"/>
        <source>实收金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="82"/>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <location filename="../model/privacy/anonymise.py" line="246"/>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="83"/>
        <source>原小票号</source>
        <translation>Original receipt no.</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="85"/>
        <location filename="../model/sales/recording.py" line="418"/>
        <location filename="../model/sales/recording.py" line="421"/>
        <location filename="../model/sales/recording.py" line="423"/>
        <source>退款方式</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="156"/>
        <source>未知的字段</source>
        <translation>Unknown field</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="159"/>
        <source>有两列对应同一字段</source>
        <translation>Two columns are mapped to the same field</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="163"/>
        <source>没有找到这一列,请在列对应中指定</source>
        <translation>This column was not found; please set it in the column mapping</translation>
    </message>
    <message>
        <location filename="../model/importing/mapping.py" line="169"/>
        <location filename="../model/importing/mapping.py" line="179"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../model/importing/members_export.py" line="59"/>
        <source>导出已取消,没有生成文件</source>
        <translation>Export cancelled; no file created</translation>
    </message>
    <message>
        <location filename="../model/importing/members_export.py" line="227"/>
        <source>会员导出(完整手机号)</source>
        <translation>Member export (full mobile numbers)</translation>
    </message>
    <message>
        <location filename="../model/importing/members_export.py" line="227"/>
        <source>会员导出(手机号已隐藏)</source>
        <translation>Member export (mobile numbers hidden)</translation>
    </message>
    <message>
        <location filename="../model/importing/members_records.py" line="25"/>
        <source>请填写手机号(会员以手机号识别)</source>
        <translation>Please enter the mobile number (members are identified by mobile)</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="46"/>
        <source>看不懂的年龄:</source>
        <translation>Age not understood:</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="46"/>
        <source>(可写 1985年、约40岁、40多岁、80后)</source>
        <translation>(write 1985, about 40, 40-something, born in the 80s)</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="53"/>
        <source>入会日期需要完整的公历日期</source>
        <translation>The enrolment date must be a full solar date</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="55"/>
        <source>入会日期不能晚于今天</source>
        <translation>The enrolment date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="83"/>
        <source>号码已规范为</source>
        <translation>Number normalised to</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="101"/>
        <location filename="../model/importing/members_validate.py" line="129"/>
        <source>,已记入备注</source>
        <translation>, recorded in notes</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="117"/>
        <source>卡号应为 3–20 位数字或字母,已记入备注</source>
        <translation>Card no. must be 3–20 digits or letters; recorded in notes</translation>
    </message>
    <message>
        <location filename="../model/importing/members_validate.py" line="124"/>
        <source>未设置的会员等级,按积分定级,原等级记入备注</source>
        <translation>Tier not set up; tier assigned by points, original tier recorded in notes</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="228"/>
        <source>新导购,已添加到导购名单</source>
        <translation>New staff member, added to the staff list</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="286"/>
        <source>会员导入:新增 {a},更新 {u},跳过 {s}</source>
        <translation>Member import: {a} added, {u} updated, {s} skipped</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="298"/>
        <source>该手机号属于已合并或已注销的会员记录</source>
        <translation>This mobile number belongs to a merged or closed member record</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="320"/>
        <source>同一手机号只能有一位会员,已合并</source>
        <translation>Only one member per mobile number; merged</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="323"/>
        <source>与第 {n} 行重复</source>
        <translation>Duplicate of row {n}</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="324"/>
        <source>与已有会员 {name}(#{id})重复</source>
        <translation>Duplicate of existing member {name} (#{id})</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="325"/>
        <source>手机号相同</source>
        <translation>Same mobile number</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="328"/>
        <source>已跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="335"/>
        <source>手机号已被其他会员使用</source>
        <translation>Mobile number already used by another member</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="337"/>
        <source>按不同会员导入</source>
        <translation>Import as a different member</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="342"/>
        <source>已补充空白资料</source>
        <translation>Blank fields filled in</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="342"/>
        <source>资料无变化</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="450"/>
        <source>卡号已被其他会员使用,已记入备注</source>
        <translation>Card no. already used by another member; recorded in notes</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="451"/>
        <source>原卡号</source>
        <translation>Original card no.</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="461"/>
        <source>该会员已导入过期初积分,未重复计入</source>
        <translation>Opening points already imported for this member; not added again</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="469"/>
        <source>该会员已导入过期初消费,未重复计入</source>
        <translation>Opening spend already imported for this member; not added again</translation>
    </message>
    <message>
        <location filename="../model/importing/members_writer.py" line="518"/>
        <source>导入姓名</source>
        <translation>Imported name</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="99"/>
        <source>无法识别的日期</source>
        <translation>Unrecognised date</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="105"/>
        <source>年份超出范围</source>
        <translation>Year out of range</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="113"/>
        <source>月份应在 1–12 之间</source>
        <translation>Month must be 1–12</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="116"/>
        <source>日期不存在</source>
        <translation>Date does not exist</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="166"/>
        <source>无法识别的农历日期</source>
        <translation>Unrecognised lunar date</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="173"/>
        <source>农历月份应在 1–12 之间</source>
        <translation>Lunar month must be 1–12</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="175"/>
        <location filename="../model/members/profile.py" line="75"/>
        <source>农历日期应在初一到三十之间</source>
        <translation>Lunar day must be between the 1st and the 30th</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="182"/>
        <source>该年没有这个闰月</source>
        <translation>That year has no such leap month</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="184"/>
        <source>该农历月没有这一天</source>
        <translation>That lunar month has no such day</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="196"/>
        <source>Excel 日期序号超出范围</source>
        <translation>Excel date serial out of range</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="240"/>
        <source>日期为空</source>
        <translation>Date is empty</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="292"/>
        <source>时间不存在</source>
        <translation>Time does not exist</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="297"/>
        <source>需要完整的公历日期</source>
        <translation>A full solar date is needed</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="318"/>
        <source>性别应为男或女</source>
        <translation>Gender must be male or female</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="361"/>
        <source>无法识别的金额</source>
        <translation>Unrecognised amount</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="361"/>
        <source>金额为空</source>
        <translation>Amount is empty</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="363"/>
        <source>金额过大</source>
        <translation>Amount too large</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="365"/>
        <source>金额最多两位小数</source>
        <translation>Amount may have at most two decimal places</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="368"/>
        <location filename="../model/loyalty/gifts.py" line="37"/>
        <location filename="../model/members/profile.py" line="307"/>
        <location filename="../model/sales/recording.py" line="188"/>
        <source>金额不能为负数</source>
        <translation>Amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="382"/>
        <source>无法识别的积分</source>
        <translation>Unrecognised points</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="382"/>
        <source>积分为空</source>
        <translation>Points are empty</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="384"/>
        <source>积分过大</source>
        <translation>Points too large</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="386"/>
        <source>积分应为整数</source>
        <translation>Points must be a whole number</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="389"/>
        <source>积分不能为负数</source>
        <translation>Points cannot be negative</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="397"/>
        <source>无法识别的数字</source>
        <translation>Unrecognised number</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="397"/>
        <source>数字为空</source>
        <translation>Number is empty</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="399"/>
        <source>数字过大</source>
        <translation>Number too large</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="401"/>
        <source>应为整数</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="404"/>
        <source>不能小于</source>
        <translation>Cannot be less than</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="415"/>
        <location filename="../model/importing/parse.py" line="417"/>
        <source>无法识别的折扣</source>
        <translation>Unrecognised discount</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="419"/>
        <source>折扣为空</source>
        <translation>Discount is empty</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="448"/>
        <source>折扣应在 0 到 1 之间(不打折为 1)</source>
        <translation>Discount must be between 0 and 1 (1 = no discount)</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="471"/>
        <source>内容过长</source>
        <translation>Text too long</translation>
    </message>
    <message>
        <location filename="../model/importing/parse.py" line="481"/>
        <source>邮箱格式不对</source>
        <translation>Invalid email format</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="25"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="25"/>
        <source>已修正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="25"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="97"/>
        <source>问题明细</source>
        <translation>Problem details</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="106"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="106"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="106"/>
        <source>原值</source>
        <translation>Original value</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="106"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="121"/>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../model/importing/report.py" line="146"/>
        <source>导入报告</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="119"/>
        <source>数字太大(Excel 把它存成了科学计数法,如 1E+308),原来的数字已经丢失。请把这一列设为“文本”格式后重新输入</source>
        <translation>Number too large (Excel stored it in scientific notation, e.g. 1E+308) and the original number is lost. Set this column to "Text" format and re-enter it</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="122"/>
        <location filename="../model/importing/runner.py" line="126"/>
        <source>数字太长({n} 位),请检查这一格是否填错(可能是序号或公式结果)</source>
        <translation>Number too long ({n} digits). Check whether this cell is wrong (it may be a serial number or formula result)</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="128"/>
        <source>内容太长({n} 个字),请检查这一格是否填错</source>
        <translation>Content too long ({n} characters). Check whether this cell is wrong</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="262"/>
        <location filename="../model/importing/runner.py" line="399"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="263"/>
        <source>读取行数</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="264"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="265"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="266"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="267"/>
        <source>未导入(有问题)</source>
        <translation>Not imported (problems)</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="268"/>
        <location filename="../model/members/profile.py" line="358"/>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="268"/>
        <source>已写入数据库</source>
        <translation>Written to the database</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="269"/>
        <source>预览,未写入</source>
        <translation>Preview, not written</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="269"/>
        <source>有问题行,未写入任何数据</source>
        <translation>There are problem rows; nothing was written</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="379"/>
        <source>未识别的列,内容记入</source>
        <translation>Unrecognised column, contents recorded in</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="394"/>
        <source>此行无法导入</source>
        <translation>This row cannot be imported</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="399"/>
        <source>工作表“{sheet}”</source>
        <translation>Sheet "{sheet}"</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="400"/>
        <source>{name} 的{where}只有表头(第 {row} 行),下面没有数据行。请确认选对了文件和工作表,或把会员资料粘贴到表头下面再导入。</source>
        <translation>{where} of {name} has only a header (row {row}) and no data rows below it. Make sure you chose the right file and sheet, or paste the member data below the header and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="419"/>
        <source>无法保存导入报告</source>
        <translation>Cannot save the import report</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="45"/>
        <source>导入已取消,没有写入任何数据</source>
        <translation>Import cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="102"/>
        <source>无法识别文件编码,请指定编码(如 GBK 或 UTF-8)</source>
        <translation>Cannot detect the file encoding; please specify it (e.g. GBK or UTF-8)</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="274"/>
        <source>文件 {name} 第 {row} 行的格式有误(引号或换行不配对)。请在 Excel/WPS 中打开后另存为“CSV UTF-8”或“CSV(逗号分隔)”再导入。</source>
        <translation>Row {row} of file {name} is malformed (unmatched quotes or line breaks). Open it in Excel/WPS, save as "CSV UTF-8" or "CSV (Comma delimited)" and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="278"/>
        <source>Excel 文件 {name} 的工作表“{sheet}”在第 {row} 行附近已损坏,无法读完。请在 Excel/WPS 中打开后另存为新的 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。</source>
        <translation>Sheet "{sheet}" of Excel file {name} is damaged near row {row} and cannot be fully read. Open it in Excel/WPS and save as a new .xlsx, or as CSV UTF-8 / GBK, then import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="377"/>
        <source>Excel 文件 {name} 的内部格式(样式部分 xl/styles.xml 等)已损坏,无法读取。请在 Excel/WPS 中打开后另存为新的 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。</source>
        <translation>The internal format of Excel file {name} (styles part xl/styles.xml etc.) is damaged and cannot be read. Open it in Excel/WPS and save as a new .xlsx, or as CSV UTF-8 / GBK, then import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="381"/>
        <source>无法打开 Excel 文件 {name},文件可能已损坏。请另存为新的 .xlsx 或 CSV 再导入。</source>
        <translation>Cannot open Excel file {name}. The file may be damaged. Save it as a new .xlsx or CSV and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="405"/>
        <source>请不指定编码(自动识别),或在 Excel 中另存为“CSV UTF-8”再导入。</source>
        <translation>Leave the encoding unset (auto-detect), or save as "CSV UTF-8" in Excel and import again.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="407"/>
        <source>文件里可能有 GBK 里没有的生僻字(GB18030 字符,如“𠮷”),请改用 --encoding gb18030,或不指定编码(自动识别),或在 Excel 中另存为“CSV UTF-8”。</source>
        <translation>The file may contain rare characters not in GBK (GB18030-only characters, e.g. some rare name characters). Use --encoding gb18030, leave the encoding unset (auto-detect), or save as "CSV UTF-8" in Excel.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="409"/>
        <source>文件 {name} 在第 {row} 行附近无法按 {enc} 编码读取。</source>
        <translation>File {name} cannot be read as {enc} near row {row}.</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="426"/>
        <location filename="../model/importing/xls.py" line="62"/>
        <source>文件是空的,没有找到表头</source>
        <translation>The file is empty; no header row found</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="487"/>
        <source>没有找到表头</source>
        <translation>No header row found</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="500"/>
        <source>文件不存在</source>
        <translation>File does not exist</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="514"/>
        <source>只支持 .xlsx、.xls 和 .csv 文件</source>
        <translation>Only .xlsx, .xls and .csv files are supported</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="522"/>
        <location filename="../model/importing/xls.py" line="64"/>
        <source>找不到工作表</source>
        <translation>Worksheet not found</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="548"/>
        <source>未知的编码</source>
        <translation>Unknown encoding</translation>
    </message>
    <message>
        <location filename="../model/importing/tabular.py" line="564"/>
        <source>CSV 文件格式有误</source>
        <translation>Malformed CSV file</translation>
    </message>
    <message>
        <location filename="../model/importing/xls.py" line="35"/>
        <source>无法打开 Excel(.xls)文件,文件可能已损坏</source>
        <translation>Cannot open the Excel (.xls) file; it may be damaged</translation>
    </message>
    <message>
        <location filename="../model/importing/xls.py" line="52"/>
        <location filename="../model/importing/xls.py" line="75"/>
        <source>Excel(.xls)文件已损坏,无法读完</source>
        <translation>The Excel (.xls) file is damaged and cannot be read to the end</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="19"/>
        <source>多倍积分日</source>
        <translation>Multi-points days</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="19"/>
        <source>列表:{name 名称, start 开始 YYYY-MM-DD, end 结束, percent 倍率百分比(200=双倍), yearly 每年重复}</source>
        <translation>List: {name, start YYYY-MM-DD, end, percent (200 = double), yearly}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="22"/>
        <source>生日月积分倍率(%)</source>
        <translation>Birthday month points rate (%)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="22"/>
        <source>100 = 不加倍</source>
        <translation>100 = no bonus</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="23"/>
        <location filename="../model/sales/recording.py" line="214"/>
        <source>生日月折扣</source>
        <translation>Birthday month discount</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="23"/>
        <source>千分比:900 = 9折;1000 = 不另打折。与等级折扣取较优的一个(L6)</source>
        <translation>Per mille: 900 = 10% off; 1000 = no extra discount. The better of this and the tier discount applies (L6)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="26"/>
        <location filename="../model/loyalty/tiers.py" line="364"/>
        <location filename="../model/loyalty/tiers.py" line="374"/>
        <source>等级依据</source>
        <translation>Tier basis</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="26"/>
        <source>points 按周期内所得积分 / spend 按近12个月消费金额(元)</source>
        <translation>points = points earned in the period / spend = spend in the last 12 months (yuan)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="28"/>
        <source>降级宽限期(天)</source>
        <translation>Downgrade grace (days)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="29"/>
        <source>每年复核等级(可降级)</source>
        <translation>Review tiers yearly (may downgrade)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="30"/>
        <source>年度复核日(MM-DD)</source>
        <translation>Yearly review date (MM-DD)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="32"/>
        <source>退货时积分已用掉</source>
        <translation>Points already spent on a return</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="32"/>
        <source>cancel_voucher 先作废由积分换来的未用礼券,不够再扣减退款 / reduce_refund 直接按积分价值扣减退款</source>
        <translation>cancel_voucher: void unused vouchers bought with points first, then reduce the refund / reduce_refund: reduce the refund by the points' value</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="35"/>
        <source>1 积分折合金额(分)</source>
        <translation>Value of 1 point (fen)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="35"/>
        <source>扣减退款时用:300元/3000分 = 10 分</source>
        <translation>For refund reductions: ¥300 / 3000 points = 10 fen</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="38"/>
        <source>积分过期</source>
        <translation>Points expiry</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="39"/>
        <source>过期方式</source>
        <translation>Expiry rule</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="39"/>
        <source>next_year_end 当年积分次年12月31日过期 / months 获得后若干个月过期</source>
        <translation>next_year_end: a year's points expire on 31 Dec next year / months: a number of months after earning</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="41"/>
        <source>获得后几个月过期</source>
        <translation>Months until points expire</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="43"/>
        <source>积分换代金券</source>
        <translation>Points to vouchers</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="44"/>
        <source>积分够数时自动换券</source>
        <translation>Swap points for a voucher automatically</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="45"/>
        <source>每多少积分换一张券</source>
        <translation>Points per voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="46"/>
        <source>换券面值(分)</source>
        <translation>Voucher value (fen)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="46"/>
        <source>默认 300 元</source>
        <translation>Default ¥300</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="47"/>
        <source>积分券有效天数</source>
        <translation>Points voucher valid (days)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="49"/>
        <location filename="../model/loyalty/vouchers.py" line="26"/>
        <source>生日礼券</source>
        <translation>Birthday voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="50"/>
        <source>生日礼券面值(分)</source>
        <translation>Birthday voucher value (fen)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="50"/>
        <location filename="../model/loyalty/config.py" line="70"/>
        <source>默认 100 元</source>
        <translation>Default ¥100</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="51"/>
        <source>生日礼券最低等级</source>
        <translation>Lowest tier for a birthday voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="51"/>
        <source>空 = 所有会员</source>
        <translation>Empty = all members</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="53"/>
        <source>每季消费前N名礼券</source>
        <translation>Top spenders' voucher each quarter</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="54"/>
        <source>每季前几名</source>
        <translation>Top how many each quarter</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="55"/>
        <source>季度礼券面值(分)</source>
        <translation>Quarterly voucher value (fen)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="56"/>
        <source>各季开始月份</source>
        <translation>Quarter start months</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="56"/>
        <source>春3 夏6 秋9 冬12</source>
        <translation>Spring 3, summer 6, autumn 9, winter 12</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="58"/>
        <source>介绍新会员首次消费奖励积分</source>
        <translation>Points for a referral's first purchase</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="58"/>
        <source>0 = 不奖励</source>
        <translation>0 = no reward</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="60"/>
        <source>长期未消费设为不活跃</source>
        <translation>Mark long-inactive members</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="61"/>
        <source>几个月未消费设为不活跃</source>
        <translation>Months without a purchase before inactive</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="63"/>
        <source>启用储值</source>
        <translation>Stored value on</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="64"/>
        <source>充值赠送规则</source>
        <translation>Top-up bonus rules</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="64"/>
        <source>充满 min_fen 送 bonus_fen;取满足的最高一档</source>
        <translation>Top up min_fen, get bonus_fen; the highest tier reached applies</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="67"/>
        <source>售卡提成(分/张)</source>
        <translation>Card sale commission (fen/card)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="67"/>
        <location filename="../model/loyalty/config.py" line="68"/>
        <source>默认 10 元</source>
        <translation>Default ¥10</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="68"/>
        <source>免费卡奖励(分/张)</source>
        <translation>Free card bonus (fen/card)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="69"/>
        <source>月办卡达标张数</source>
        <translation>Monthly card target (cards)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/config.py" line="70"/>
        <source>月达标奖金(分)</source>
        <translation>Monthly target bonus (fen)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="52"/>
        <source>生日月礼券</source>
        <translation>Birthday month voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="68"/>
        <source>{m}月起</source>
        <translation>From month {m}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="98"/>
        <location filename="../model/loyalty/ledger.py" line="25"/>
        <source>{s}消费前列,本季首次消费可用</source>
        <translation>Top {s} spenders, valid for the first purchase this quarter</translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="115"/>
        <source>{n} 个月未消费设为不活跃</source>
        <translation>Inactive after {n} months without a purchase</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="23"/>
        <source>每消费 1 元积几分</source>
        <translation>Points per ¥1 spent</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="64"/>
        <source>日期格式应为 2026-05-01(农历或每年重复可写 08-15)</source>
        <translation>Date format must be 2026-05-01 (lunar or yearly dates may be written 08-15)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="68"/>
        <source>农历日期不存在:</source>
        <translation>Lunar date does not exist:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="73"/>
        <source>日期不存在:</source>
        <translation>Date does not exist:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="81"/>
        <source>多倍积分日第 {n} 行</source>
        <translation>Bonus points day row {n}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="84"/>
        <source>请填写名称</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="91"/>
        <source>不是每年重复的日期请写年份,如 2026-05-01</source>
        <translation>For a date that does not repeat yearly, write the year, e.g. 2026-05-01</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="93"/>
        <location filename="../reports/period.py" line="82"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="96"/>
        <source>倍率应在 100% 到 1000% 之间</source>
        <translation>Multiplier must be between 100% and 1000%</translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="138"/>
        <source>生日月</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="44"/>
        <location filename="../model/loyalty/ledger.py" line="25"/>
        <source>消费积分 小票 {t}</source>
        <translation>Purchase points, receipt {t}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="31"/>
        <source>礼品名称</source>
        <translation>Gift name</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="31"/>
        <source>请填写礼品名称</source>
        <translation>Please enter the gift name</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="33"/>
        <source>所需积分</source>
        <translation>Points needed</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="33"/>
        <source>所需积分必须大于 0</source>
        <translation>Points needed must be more than 0</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="35"/>
        <location filename="../model/loyalty/gifts.py" line="72"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="35"/>
        <source>库存不能为负数</source>
        <translation>Stock cannot be negative</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="37"/>
        <source>附赠现金券</source>
        <translation>Extra cash voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="55"/>
        <location filename="../model/loyalty/gifts.py" line="68"/>
        <source>找不到礼品</source>
        <translation>Gift not found</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="72"/>
        <source>{name} 已无库存</source>
        <translation>{name} is out of stock</translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="78"/>
        <source>兑换礼品附赠现金券</source>
        <translation>Cash voucher with gift redemption</translation>
    </message>
    <message>
        <location filename="../model/loyalty/incentives.py" line="23"/>
        <source>一次购买满{n}件</source>
        <translation>Buy {n} or more items at once</translation>
    </message>
    <message>
        <location filename="../model/loyalty/incentives.py" line="75"/>
        <source>(未指定)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="44"/>
        <source>积分不足:当前 {balance} 分,需要 {need} 分</source>
        <translation>Not enough points: {balance} now, {need} needed</translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="204"/>
        <source>调整积分</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="204"/>
        <source>请填写要增加或扣减的积分(整数,不能为 0)</source>
        <translation>Please enter the points to add or deduct (whole number, not 0)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="206"/>
        <source>调整原因</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="206"/>
        <source>请填写调整原因</source>
        <translation>Please enter the reason for the adjustment</translation>
    </message>
    <message>
        <location filename="../model/loyalty/referral.py" line="79"/>
        <source>介绍新会员 {name} 首次消费</source>
        <translation>Referred new member {name}'s first purchase</translation>
    </message>
    <message>
        <location filename="../model/loyalty/referral.py" line="81"/>
        <source>介绍奖励后达到升级标准</source>
        <translation>Reached the upgrade level after referral bonus</translation>
    </message>
    <message>
        <location filename="../model/loyalty/referral.py" line="104"/>
        <source>介绍的新会员 {name} 首单已退货</source>
        <translation>First purchase of referred member {name} was returned</translation>
    </message>
    <message>
        <location filename="../model/loyalty/referral.py" line="109"/>
        <source>介绍的新会员 {name} 首单已退货,收回介绍奖励</source>
        <translation>Referred new member {name} returned their first order; referral reward taken back</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="62"/>
        <source>储值余额不足:余额 {b},需要 {n}</source>
        <translation>Not enough stored value: balance {b}, {n} needed</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="72"/>
        <location filename="../model/sales/refunds.py" line="14"/>
        <source>储值</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="72"/>
        <source>储值功能未启用(设置 → 积分与等级设置)</source>
        <translation>Stored value is not enabled (Settings → Points and tier settings)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="74"/>
        <source>充值金额</source>
        <translation>Top-up amount</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="74"/>
        <source>充值金额必须大于 0</source>
        <translation>The top-up amount must be more than 0</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="78"/>
        <source>充值</source>
        <translation>Top up</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="81"/>
        <source>充{a}送{b}</source>
        <translation>Top up {a}, get {b}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="99"/>
        <source>找不到这笔充值</source>
        <translation>Top-up not found</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="101"/>
        <location filename="../model/loyalty/stored_value.py" line="108"/>
        <source>退充值</source>
        <translation>Top-up refund</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="101"/>
        <source>这笔充值已经退过</source>
        <translation>This top-up has already been refunded</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="106"/>
        <source>储值余额不足以退回这笔充值及赠送({n})</source>
        <translation>The stored value balance is not enough to refund this top-up and bonus ({n})</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="118"/>
        <source>找不到储值记录</source>
        <translation>Stored value entry not found</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="130"/>
        <source>储值凭条</source>
        <translation>Stored value receipt</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="132"/>
        <source>会员:{name} {phone}</source>
        <translation>Member: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="133"/>
        <source>时间:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="134"/>
        <source>类型:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="135"/>
        <source>金额:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="138"/>
        <source>赠送:</source>
        <translation>Bonus:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="140"/>
        <source>余额:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="141"/>
        <source>经办:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="142"/>
        <source>流水号:SV{n:06d}</source>
        <translation>Serial no.: SV{n:06d}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="144"/>
        <source>顾客签名:</source>
        <translation>Customer signature:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="57"/>
        <source>统计期间:{a} 至 {b}(会员与非会员小票)</source>
        <translation>Period: {a} to {b} (member and non-member receipts)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="58"/>
        <source>小票数 {t},件数 {p},销售额 {s}</source>
        <translation>{t} receipts, {p} items, sales {s}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="59"/>
        <source>平均单价 = 销售额 ÷ 件数 = {v}</source>
        <translation>Average item price = sales ÷ items = {v}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="60"/>
        <source>连带率 = 件数 ÷ 小票数 = {v}</source>
        <translation>Items per sale = items ÷ receipts = {v}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="61"/>
        <source>基本线 = 平均单价 × 连带率 = {v}</source>
        <translation>Base line = average item price × items per sale = {v}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="62"/>
        <source>建议入会/升级门槛(基本线 + {lo}%~{hi}%):{a} ~ {b}</source>
        <translation>Suggested joining/upgrade threshold (base line + {lo}%–{hi}%): {a} – {b}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="65"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../model/loyalty/thresholds.py" line="67"/>
        <source>{name}:{n} 人,人均 {avg},建议门槛 {lo} ~ {hi} {unit}(现为 {cur})</source>
        <translation>{name}: {n} members, average {avg}, suggested threshold {lo} – {hi} {unit} (now {cur})</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="28"/>
        <source>普卡</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="28"/>
        <source>全场9.5折,生日月双倍积分</source>
        <translation>5% off everything, double points in the birthday month</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="29"/>
        <source>银卡</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="29"/>
        <source>全场9折,生日礼券</source>
        <translation>10% off everything, birthday voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="30"/>
        <source>金卡</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="30"/>
        <source>全场9折,生日礼券,专属导购,VIP专场邀请</source>
        <translation>10% off everything, birthday voucher, personal stylist, VIP event invitations</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="31"/>
        <location filename="../model/loyalty/tiers.py" line="34"/>
        <source>钻石卡</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="31"/>
        <source>全场8.5折,专属导购,VIP专场邀请,年度答谢会</source>
        <translation>15% off everything, personal stylist, VIP event invitations, yearly thank-you party</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="34"/>
        <source>白金卡</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="51"/>
        <source>会员折上折:特价不低于几折才再打会员折扣</source>
        <translation>Discount on discount: a special offer must be at least this price level for the tier discount to apply too</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="51"/>
        <source>默认 800 = 特价 8折及以上的商品再打会员折扣;更低的特价不再打;0 = 一律折上折</source>
        <translation>Default 800 = items on special at 20% off or less also get the tier discount; deeper specials do not; 0 = always</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="53"/>
        <source>升级计算周期(天)</source>
        <translation>Tier period (days)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="91"/>
        <source>至少要有一个等级</source>
        <translation>There must be at least one tier</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="94"/>
        <source>第 {n} 个等级</source>
        <translation>Tier {n}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="97"/>
        <source>请填写等级名称</source>
        <translation>Please enter the tier name</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="99"/>
        <source>等级名称重复:</source>
        <translation>Duplicate tier name:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="103"/>
        <source>门槛应为不小于 0 的整数</source>
        <translation>Threshold must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="105"/>
        <source>折扣应在 1折(100) 到 不打折(1000) 之间</source>
        <translation>Discount must be between 90% off (100) and no discount (1000)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="109"/>
        <source>最低等级的门槛必须是 0</source>
        <translation>The lowest tier's threshold must be 0</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="111"/>
        <source>两个等级的门槛不能相同</source>
        <translation>Two tiers cannot have the same threshold</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="256"/>
        <location filename="../model/loyalty/tiers.py" line="298"/>
        <source>入会</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="325"/>
        <source>锁定原因</source>
        <translation>Reason for lock</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="325"/>
        <source>请填写锁定等级的原因</source>
        <translation>Please enter the reason for locking the tier</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="364"/>
        <location filename="../model/loyalty/tiers.py" line="374"/>
        <source>未知的等级依据</source>
        <translation>Unknown tier basis</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="384"/>
        <source>等级规则调整</source>
        <translation>Tier rules changed</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="384"/>
        <source>等级规则调整(原等级已取消)</source>
        <translation>Tier rules changed (old tier removed)</translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="436"/>
        <source>宽限期结束降级</source>
        <translation>Downgrade at end of grace period</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="26"/>
        <location filename="../model/loyalty/vouchers.py" line="287"/>
        <source>积分换券</source>
        <translation>Points for voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="26"/>
        <source>季度前列礼券</source>
        <translation>Quarterly top spender voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="26"/>
        <source>兑换礼品券</source>
        <translation>Gift voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="27"/>
        <source>手工发券</source>
        <translation>Manual voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="28"/>
        <location filename="../ui/loyalty/dialogs.py" line="274"/>
        <source>可用</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="28"/>
        <location filename="../ui/loyalty/dialogs.py" line="274"/>
        <source>已使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="28"/>
        <location filename="../model/loyalty/vouchers.py" line="212"/>
        <location filename="../ui/loyalty/dialogs.py" line="274"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="28"/>
        <location filename="../ui/loyalty/dialogs.py" line="274"/>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="89"/>
        <location filename="../model/loyalty/vouchers.py" line="245"/>
        <source>找不到礼券 #{id}</source>
        <translation>Voucher #{id} not found</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="96"/>
        <source>找不到礼券:</source>
        <translation>Voucher not found:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="137"/>
        <source>券类型</source>
        <translation>Voucher type</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="137"/>
        <source>未知券类型:</source>
        <translation>Unknown voucher type:</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="139"/>
        <source>面值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="139"/>
        <source>面值必须大于 0</source>
        <translation>Value must be more than 0</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="143"/>
        <source>有效期</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="143"/>
        <source>到期日不能早于生效日</source>
        <translation>The expiry date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="152"/>
        <source>积分换{kind}</source>
        <translation>Points for {kind}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="167"/>
        <source>券</source>
        <translation>voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="167"/>
        <source>券类型或面值无效</source>
        <translation>Invalid voucher type or value</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="200"/>
        <location filename="../model/safety/salvage.py" line="37"/>
        <location filename="../model/sales/recording.py" line="167"/>
        <location filename="../model/sales/recording.py" line="172"/>
        <location filename="../model/sales/recording.py" line="174"/>
        <source>礼券</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="200"/>
        <source>这张券已经用过、过期或作废</source>
        <translation>This voucher has been used, expired or voided</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="206"/>
        <source>不是这位会员的券</source>
        <translation>This voucher does not belong to this member</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="210"/>
        <source>{d} 起可用</source>
        <translation>Valid from {d}</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="218"/>
        <source>仅限本季第一次消费使用</source>
        <translation>Only for the first purchase this quarter</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="241"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="241"/>
        <source>请填写作废原因</source>
        <translation>Please enter the reason for voiding</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="287"/>
        <source>积分换券未启用</source>
        <translation>Points for vouchers is not enabled</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="293"/>
        <source>积分不足 {n} 分,不能换券</source>
        <translation>Fewer than {n} points; cannot exchange for a voucher</translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="295"/>
        <source>一年内累计积分不足 {n} 分</source>
        <translation>Fewer than {n} points earned within a year</translation>
    </message>
    <message>
        <location filename="../model/members/age.py" line="31"/>
        <source>约{year}年生</source>
        <translation>born about {year}</translation>
    </message>
    <message>
        <location filename="../model/members/age.py" line="31"/>
        <source>{year}年生</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <location filename="../model/members/age.py" line="76"/>
        <source>出生年份或年龄不合理:</source>
        <translation>Birth year or age not plausible:</translation>
    </message>
    <message>
        <location filename="../model/members/calendar.py" line="170"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <location filename="../reports/birthdays.py" line="24"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../model/members/calendar.py" line="189"/>
        <source>{lunar}(公历 {date})</source>
        <translation>{lunar} (solar {date})</translation>
    </message>
    <message>
        <location filename="../model/members/calendar.py" line="191"/>
        <source>{solar}(农历 {lunar})</source>
        <translation>{solar} (lunar {lunar})</translation>
    </message>
    <message>
        <location filename="../model/members/phone.py" line="29"/>
        <source>请填写手机号</source>
        <translation>Please enter the mobile number</translation>
    </message>
    <message>
        <location filename="../model/members/phone.py" line="35"/>
        <source>手机号只能包含数字</source>
        <translation>The mobile number may contain only digits</translation>
    </message>
    <message>
        <location filename="../model/members/phone.py" line="37"/>
        <source>手机号应为以 1 开头的 11 位数字</source>
        <translation>The mobile number must be 11 digits starting with 1</translation>
    </message>
    <message>
        <location filename="../model/members/phone.py" line="63"/>
        <location filename="../model/members/phone.py" line="68"/>
        <source>无法识别的电话号码</source>
        <translation>Unrecognised phone number</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="24"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="24"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>日常到店</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>新店开业</source>
        <translation>New shop opening</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>店庆活动</source>
        <translation>Shop anniversary</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>异业联盟</source>
        <translation>Partner promotion</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>会员活动</source>
        <translation>Member event</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="25"/>
        <source>老会员介绍</source>
        <translation>Referred by a member</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="26"/>
        <location filename="../model/members/profile.py" line="39"/>
        <location filename="../model/sales/refunds.py" line="14"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="27"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="27"/>
        <source>挂失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="27"/>
        <location filename="../model/privacy/anonymise.py" line="113"/>
        <source>注销</source>
        <translation>Cancel card</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>职业/工作</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="32"/>
        <source>家庭状况</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>性格取向</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>消费习惯</source>
        <translation>Buying habits</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>着装喜好</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>娱乐爱好</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="37"/>
        <source>生活习惯</source>
        <translation>Lifestyle</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="38"/>
        <source>喜欢的服务方式</source>
        <translation>Service preferred</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="39"/>
        <source>联系方式偏好</source>
        <translation>Contact preferred</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="40"/>
        <source>对促销的态度</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="41"/>
        <source>价值观</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>私营企业主</source>
        <translation>Business owner</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>高级白领</source>
        <translation>Senior office worker</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>公务员</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>教师</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>自由职业</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>全职太太</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="31"/>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="32"/>
        <source>单身</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="32"/>
        <source>已婚</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="32"/>
        <source>已婚有孩</source>
        <translation>Married with children</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="32"/>
        <source>三代同堂</source>
        <translation>Three generations</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>外向</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>内向</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>随和</source>
        <translation>Easy-going</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>挑剔</source>
        <translation>Particular</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>果断</source>
        <translation>Decisive</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="33"/>
        <source>犹豫</source>
        <translation>Hesitant</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>新品上市就买</source>
        <translation>Buys new arrivals</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>等打折再买</source>
        <translation>Waits for sales</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>一次买多件</source>
        <translation>Buys several at once</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>只买单品</source>
        <translation>Buys single pieces</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="34"/>
        <source>看中就买</source>
        <translation>Buys what she likes</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>简约</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>优雅</source>
        <translation>Elegant</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>休闲</source>
        <translation>Casual</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>时尚</source>
        <translation>Fashionable</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="35"/>
        <source>民族风</source>
        <translation>Ethnic style</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>旅游</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>瑜伽</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>美食</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>阅读</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>打麻将</source>
        <translation>Mahjong</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>舞蹈</source>
        <translation>Dance</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="36"/>
        <source>音乐</source>
        <translation>Music</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="37"/>
        <source>早起</source>
        <translation>Early riser</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="37"/>
        <source>夜猫子</source>
        <translation>Night owl</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="37"/>
        <source>常出差</source>
        <translation>Travels for work</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="37"/>
        <source>爱运动</source>
        <translation>Sporty</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="38"/>
        <source>安静自选</source>
        <translation>Browses alone</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="38"/>
        <source>热情推荐</source>
        <translation>Likes suggestions</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="38"/>
        <source>专属导购陪同</source>
        <translation>Wants a personal stylist</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="39"/>
        <source>不要打扰</source>
        <translation>Do not disturb</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="40"/>
        <source>很感兴趣</source>
        <translation>Very interested</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="40"/>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="40"/>
        <source>反感</source>
        <translation>Dislikes</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="41"/>
        <source>品质</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="41"/>
        <source>性价比</source>
        <translation>Value for money</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="41"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="41"/>
        <source>环保</source>
        <translation>Eco-friendly</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="80"/>
        <source>农历{year}年没有闰{month}月</source>
        <translation>Lunar year {year} has no leap month {month}</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="85"/>
        <source>不存在的日期:</source>
        <translation>Date does not exist:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="88"/>
        <location filename="../model/members/profile.py" line="137"/>
        <source>出生年份不合理:</source>
        <translation>Implausible birth year:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="90"/>
        <source>生日不能晚于今天</source>
        <translation>The birthday cannot be later than today</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="96"/>
        <location filename="../model/privacy/consent.py" line="146"/>
        <source>内容太长(最多 {n} 字)</source>
        <translation>Text too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="115"/>
        <source>性别只能是男或女</source>
        <translation>Gender must be male or female</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="120"/>
        <source>邮箱格式不对:</source>
        <translation>Invalid email format:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="137"/>
        <location filename="../model/privacy/anonymise.py" line="207"/>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <source>出生年份</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="142"/>
        <location filename="../model/sales/recording.py" line="242"/>
        <source>没有这位导购</source>
        <translation>No such staff member</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="147"/>
        <source>介绍人不能是本人</source>
        <translation>The referrer cannot be the member herself</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="149"/>
        <source>没有这位会员</source>
        <translation>No such member</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="153"/>
        <source>日期无效</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="251"/>
        <source>找不到会员:</source>
        <translation>Member not found:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="261"/>
        <source>请填写孩子姓名</source>
        <translation>Please enter the child's name</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="305"/>
        <source>卡号应为 3–20 位数字或字母</source>
        <translation>Card no. must be 3–20 digits or letters</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="307"/>
        <source>售卡金额</source>
        <translation>Card price</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="312"/>
        <source>卡号已被使用:</source>
        <translation>Card no. already in use:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="326"/>
        <source>卡状态</source>
        <translation>Card status</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="354"/>
        <source>未知联系方式:</source>
        <translation>Unknown contact method:</translation>
    </message>
    <message>
        <location filename="../model/members/profile.py" line="358"/>
        <source>请填写联系结果或备注</source>
        <translation>Please enter the contact result or notes</translation>
    </message>
    <message>
        <location filename="../model/members/staff.py" line="21"/>
        <location filename="../model/members/staff.py" line="36"/>
        <source>请填写导购姓名</source>
        <translation>Please enter the staff member's name</translation>
    </message>
    <message>
        <location filename="../model/members/staff.py" line="26"/>
        <location filename="../model/members/staff.py" line="39"/>
        <source>已有同名导购:</source>
        <translation>A staff member with this name already exists:</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="21"/>
        <source>短信服务商</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="21"/>
        <source>provider/sign_name/access_key_id/endpoint/region/sdk_app_id;空 = 不发送</source>
        <translation>provider/sign_name/access_key_id/endpoint/region/sdk_app_id; empty = don't send</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="23"/>
        <source>短信模板对应</source>
        <translation>SMS template mapping</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="23"/>
        <source>提醒类型 → 服务商模板</source>
        <translation>Reminder type → provider template</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="24"/>
        <source>每条计费价格(分)</source>
        <translation>Price per billed message (cents)</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="24"/>
        <source>按服务商套餐填写,用于预估费用</source>
        <translation>Fill in per your provider plan; used to estimate cost</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="25"/>
        <source>营销短信发送时段</source>
        <translation>Marketing SMS hours</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="25"/>
        <source>工信部规定营销短信只在 8:00–22:00 发送</source>
        <translation>MIIT rules: marketing SMS may only be sent 8:00–22:00</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="27"/>
        <source>通知短信发送时段</source>
        <translation>Notification SMS hours</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="27"/>
        <source>关怀/通知短信的发送时段</source>
        <translation>Sending hours for care/notification SMS</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="28"/>
        <source>每批最多计费条数</source>
        <translation>Max billed messages per batch</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="28"/>
        <location filename="../model/messaging/config.py" line="29"/>
        <source>0 = 不限</source>
        <translation>0 = no limit</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="29"/>
        <source>每月最多计费条数</source>
        <translation>Max billed messages per month</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="30"/>
        <source>每个号码每天最多条数</source>
        <translation>Max messages per number per day</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="30"/>
        <source>服务商对同一号码有日限额</source>
        <translation>Providers limit messages per number per day</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="32"/>
        <source>限流/断网时最多重试次数</source>
        <translation>Max retries when throttled/offline</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="33"/>
        <source>状态未知的短信等待回执的小时数</source>
        <translation>Hours to wait for receipt on SMS with unknown status</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="33"/>
        <source>超时的短信先查回执;过了这么久服务商仍无记录,才算未发出、可重发</source>
        <translation>Timed-out SMS are checked for receipts first; only if the provider still has no record after this long is it treated as not sent and can be resent</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="35"/>
        <source>表示号码拒收的错误码</source>
        <translation>Error codes meaning the number refuses SMS</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="35"/>
        <source>出现这些错误码视为会员退订</source>
        <translation>These error codes count as the member unsubscribing</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="74"/>
        <source>服务商</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="74"/>
        <source>只支持 aliyun(阿里云)或 tencent(腾讯云)</source>
        <translation>Only aliyun (Alibaba Cloud) or tencent (Tencent Cloud) is supported</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="77"/>
        <source>短信签名</source>
        <translation>SMS signature</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="77"/>
        <source>请填写服务商审核通过的签名(店名)</source>
        <translation>Enter the signature (shop name) approved by your provider</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="79"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="79"/>
        <source>请填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="81"/>
        <source>SdkAppId</source>
        <translation>SdkAppId</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="81"/>
        <source>腾讯云短信需要 SdkAppId(短信应用 ID)</source>
        <translation>Tencent Cloud SMS needs an SdkAppId (SMS app ID)</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="86"/>
        <source>服务地址</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="111"/>
        <source>密钥保存在系统凭据管理器中</source>
        <translation>The secret is stored in the system credential manager</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="112"/>
        <source>本机没有系统凭据管理器(无桌面的 Linux),密钥从环境变量 {env} 读取</source>
        <translation>This computer has no system credential manager (Linux without desktop); the secret is read from environment variable {env}</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="136"/>
        <source>短信密钥</source>
        <translation>SMS secret</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="136"/>
        <source>找不到 AccessKey {id} 的密钥:请重新运行 vipdesk sms configure,或设置环境变量 {env}</source>
        <translation>No secret found for AccessKey {id}: rerun vipdesk sms configure, or set environment variable {env}</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="147"/>
        <source>发送时段</source>
        <translation>Sending hours</translation>
    </message>
    <message>
        <location filename="../model/messaging/config.py" line="147"/>
        <source>格式应为 08:00-22:00:{v}</source>
        <translation>Format should be 08:00-22:00: {v}</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="194"/>
        <source>正在检查 {i}/{n}</source>
        <translation>Checking {i}/{n}</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="203"/>
        <source>会员已停用或不存在</source>
        <translation>Member is disabled or doesn't exist</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="206"/>
        <source>“{k}”还没有对应的短信模板</source>
        <translation>"{k}" has no SMS template yet</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="210"/>
        <source>已在发件箱(状态:{s})</source>
        <translation>Already in outbox (status: {s})</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="213"/>
        <source>{p} 不是手机号,不能发短信</source>
        <translation>{p} is not a mobile number; can't send SMS</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="220"/>
        <source>未满14岁,没有监护人同意,不发短信</source>
        <translation>Under 14 with no guardian consent; no SMS sent</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="222"/>
        <source>发给监护人{g}</source>
        <translation>Sent to guardian {g}</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="224"/>
        <source>没有同意接收营销信息(或已退订)</source>
        <translation>Has not agreed to marketing messages (or unsubscribed)</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="240"/>
        <source>本批已有给她的关怀消息(每月最多 {cap} 条),{y}年{mo}月起可再发</source>
        <translation>This batch already has a care message for her (max {cap} per month); can send again from {mo}/{y}</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="246"/>
        <location filename="../model/messaging/outbox.py" line="154"/>
        <source>这个号码今天已达 {n} 条上限,明天再发</source>
        <translation>This number has hit today's limit of {n}; send tomorrow</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="255"/>
        <source>{f} 超过变量长度上限,已截断</source>
        <translation>{f} exceeds the variable length limit; truncated</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="258"/>
        <source>模板内容未填写,按提醒文字估算</source>
        <translation>Template text not filled in; estimated from reminder text</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="261"/>
        <source>超出本批预算({n} 条计费),下次再发</source>
        <translation>Over this batch's budget ({n} billed); will send next time</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="265"/>
        <source>本月短信预算({n} 条计费)已用完,{m}月1日起可发</source>
        <translation>This month's SMS budget ({n} billed) is used up; can send from {m}/1</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="269"/>
        <source>不在发送时段,将于 {t} 发送</source>
        <translation>Outside sending hours; will send at {t}</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="278"/>
        <source>待发送</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="278"/>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="278"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="279"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="279"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../model/messaging/gating.py" line="279"/>
        <source>待确认</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="52"/>
        <source>还没有设置短信服务商:会员管家不会发送任何短信。请店长先运行 vipdesk sms configure。</source>
        <translation>No SMS provider set up: VIP Desk will not send any SMS. Owner, please run vipdesk sms configure first.</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="142"/>
        <source>会员已撤回营销同意(或退订),不再发送</source>
        <translation>Member withdrew marketing consent (or unsubscribed); no longer sending</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="145"/>
        <source>不在发送时段,将于 {m}月{d}日 {t} 发送</source>
        <translation>Outside sending hours; will send on {m}/{d} at {t}</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="150"/>
        <source>本月短信预算已用完,{m}月1日起发送</source>
        <translation>This month's SMS budget is used up; sending from {m}/1</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="175"/>
        <source>正在发送 {i}/{n}</source>
        <translation>Sending {i}/{n}</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="205"/>
        <location filename="../model/messaging/outbox.py" line="301"/>
        <source>短信已提交</source>
        <translation>SMS submitted</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="215"/>
        <source>,已重试 {n} 次</source>
        <translation>, retried {n} times</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="226"/>
        <source>{name}({kind},模板 {code}):{why}</source>
        <translation>{name} ({kind}, template {code}): {why}</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="238"/>
        <location filename="../model/segmentation/store.py" line="218"/>
        <location filename="../reports/calllist.py" line="41"/>
        <location filename="../ui/importing/wizard.py" line="404"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="292"/>
        <source>服务商没有这条短信的记录,未发出,可重发</source>
        <translation>Provider has no record of this SMS; not sent, can resend</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="307"/>
        <source>未送达:{c}</source>
        <translation>Not delivered: {c}</translation>
    </message>
    <message>
        <location filename="../model/messaging/outbox.py" line="363"/>
        <source>重发</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../model/messaging/providers.py" line="38"/>
        <source>应以 https:// 开头,如 https://dysmsapi.aliyuncs.com:{v}</source>
        <translation>Should start with https://, e.g. https://dysmsapi.aliyuncs.com: {v}</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="29"/>
        <source>券到期</source>
        <translation>Voucher expiry</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="78"/>
        <source>腾讯云不允许用营销短信做会员召回、积分兑换、优惠券和邀请到店:“{k}”不能作为营销短信发送</source>
        <translation>Tencent Cloud doesn't allow marketing SMS for member win-back, points redemption, coupons or store invitations: "{k}" can't be sent as marketing SMS</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="87"/>
        <source>提醒类型</source>
        <translation>Reminder type</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="87"/>
        <source>没有这种提醒:{k}</source>
        <translation>No such reminder: {k}</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="90"/>
        <source>模板编号</source>
        <translation>Template code</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="90"/>
        <source>请填写服务商审核通过的模板编号(如 SMS_123456789)</source>
        <translation>Enter the template code approved by your provider (e.g. SMS_123456789)</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="92"/>
        <location filename="../model/messaging/templates.py" line="103"/>
        <source>模板类型</source>
        <translation>Template type</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="92"/>
        <source>只能是 notification(通知)或 marketing(营销)</source>
        <translation>Must be notification or marketing</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="96"/>
        <location filename="../model/messaging/templates.py" line="105"/>
        <location filename="../model/messaging/templates.py" line="107"/>
        <source>模板变量</source>
        <translation>Template variables</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="96"/>
        <source>“{n}={f}”:字段应为 {all} 之一</source>
        <translation>"{n}={f}": field must be one of {all}</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="105"/>
        <source>阿里云的营销短信模板不能含变量</source>
        <translation>Alibaba Cloud marketing SMS templates can't contain variables</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="107"/>
        <source>腾讯云模板变量按位置编号:1=姓名 2=店名 …</source>
        <translation>Tencent Cloud template variables are numbered by position: 1=name 2=shop name ...</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="110"/>
        <source>模板内容</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../model/messaging/templates.py" line="110"/>
        <source>营销短信须带退订方式,如“拒收请回复R”</source>
        <translation>Marketing SMS must include an opt-out, e.g. "Reply R to unsubscribe"</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="8"/>
        <source>销售后打印小票</source>
        <translation>Print ticket after sale</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="8"/>
        <source>默认不打印</source>
        <translation>Off by default</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="9"/>
        <source>打印方式</source>
        <translation>Print method</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="9"/>
        <source>escpos_tcp 网口小票机(9100) / escpos_windows Windows 打印队列(原始数据) / qt 驱动打印</source>
        <translation>escpos_tcp network ticket printer (9100) / escpos_windows Windows print queue (raw data) / qt driver printing</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="11"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="11"/>
        <source>网口:IP:端口;Windows:打印机名称</source>
        <translation>Network: IP:port; Windows: printer name</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="13"/>
        <source>纸宽(毫米)</source>
        <translation>Paper width (mm)</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="13"/>
        <source>58 或 80</source>
        <translation>58 or 80</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="14"/>
        <source>店铺地址</source>
        <translation>Shop address</translation>
    </message>
    <message>
        <location filename="../model/printing/config.py" line="15"/>
        <source>店铺电话</source>
        <translation>Shop phone</translation>
    </message>
    <message>
        <location filename="../model/printing/receipt.py" line="201"/>
        <source>{kind} {value} 元  {code}</source>
        <translation>{kind} ¥{value}  {code}</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="28"/>
        <source>打印机地址不对:{t}(应为 IP:端口)</source>
        <translation>Wrong printer address: {t} (should be IP:port)</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="37"/>
        <source>小票机地址请填店内局域网 IP,如 192.168.1.100:{h}</source>
        <translation>Enter the ticket printer's in-store LAN IP, e.g. 192.168.1.100:{h}</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="39"/>
        <source>小票机地址 {h} 不是店内局域网地址,不会发送</source>
        <translation>Ticket printer address {h} is not on the in-store LAN; not sending</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="51"/>
        <source>小票机 {t} 连接不上:{e}</source>
        <translation>Can't connect to ticket printer {t}: {e}</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="58"/>
        <source>本机不能直接发送到 Windows 打印队列(缺少 pywin32)</source>
        <translation>This computer can't send directly to the Windows print queue (pywin32 missing)</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="72"/>
        <source>打印机 {p} 打印失败:{e}</source>
        <translation>Printer {p} failed to print: {e}</translation>
    </message>
    <message>
        <location filename="../model/printing/transport.py" line="81"/>
        <source>未知打印方式:{m}</source>
        <translation>Unknown print method: {m}</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="45"/>
        <source>会员资料保留期限(月)</source>
        <translation>Member data kept (months)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="45"/>
        <source>超过这么多个月没有消费、没有联系的会员,会列入“待匿名化名单”供店长处理</source>
        <translation>Members with no purchase and no contact for this many months go on the "to anonymise" list for the owner</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="57"/>
        <source>已注销会员#{id}</source>
        <translation>Closed member #{id}</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="112"/>
        <source>会员 #{id} 已注销或已合并,无需再次处理。</source>
        <translation>Member #{id} is already closed or merged; nothing to do.</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="117"/>
        <source>会员 #{id} 已匿名化</source>
        <translation>Member #{id} anonymised</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="139"/>
        <source>批量匿名化 {n} 位会员</source>
        <translation>Bulk anonymisation of {n} members</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="186"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="186"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="206"/>
        <source>会员编号</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="207"/>
        <source>生日(月)</source>
        <translation>Birthday (month)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="207"/>
        <source>生日(日)</source>
        <translation>Birthday (day)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="208"/>
        <location filename="../reports/birthdays.py" line="22"/>
        <source>农历生日</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="214"/>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="215"/>
        <source>累计消费(元)</source>
        <translation>Total spend (yuan)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="215"/>
        <source>购买次数</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="218"/>
        <source>基本资料</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="218"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="218"/>
        <location filename="../model/safety/salvage.py" line="249"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/safety/salvage.py" line="36"/>
        <source>孩子</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="219"/>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="223"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <location filename="../model/safety/salvage.py" line="36"/>
        <source>会员卡</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <source>办卡日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <source>售价(元)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="226"/>
        <source>免费原因</source>
        <translation>Reason for free card</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <location filename="../model/privacy/anonymise.py" line="246"/>
        <location filename="../model/privacy/anonymise.py" line="249"/>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <location filename="../model/privacy/anonymise.py" line="255"/>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <location filename="../ui/safety/backups.py" line="100"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="229"/>
        <source>单价(元)</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="230"/>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="237"/>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="245"/>
        <source>消费记录</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="246"/>
        <source>积分明细</source>
        <translation>Points history</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="246"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="246"/>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="249"/>
        <source>等级变化</source>
        <translation>Tier changes</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="249"/>
        <source>原等级</source>
        <translation>Old tier</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="249"/>
        <source>新等级</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <location filename="../model/safety/salvage.py" line="35"/>
        <source>联系记录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="252"/>
        <location filename="../reports/calllist.py" line="41"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="255"/>
        <location filename="../model/safety/salvage.py" line="35"/>
        <source>到店记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <location filename="../model/safety/salvage.py" line="38"/>
        <source>同意记录</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>告知书版本</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="258"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="282"/>
        <source>请选择 .xlsx 或 .json 文件</source>
        <translation>Please choose a .xlsx or .json file</translation>
    </message>
    <message>
        <location filename="../model/privacy/anonymise.py" line="309"/>
        <source>导出会员 #{id} 的个人数据</source>
        <translation>Export personal data of member #{id}</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="32"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="33"/>
        <source>查看完整手机号</source>
        <translation>View full mobile number</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="34"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="35"/>
        <source>注销(匿名化)会员</source>
        <translation>Close (anonymise) member</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="39"/>
        <location filename="../model/privacy/owner.py" line="100"/>
        <location filename="../model/privacy/owner.py" line="105"/>
        <source>修改店长密码</source>
        <translation>Change manager password</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="40"/>
        <source>撤回营销同意</source>
        <translation>Withdraw marketing consent</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="41"/>
        <source>批量操作</source>
        <translation>Bulk operation</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="42"/>
        <source>导出会员个人数据</source>
        <translation>Export member personal data</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="43"/>
        <source>导出会员名单</source>
        <translation>Export member list</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="45"/>
        <source>打印完整手机号</source>
        <translation>Print full mobile numbers</translation>
    </message>
    <message>
        <location filename="../model/privacy/audit.py" line="46"/>
        <source>标记不是同一人</source>
        <translation>Mark as not the same person</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="46"/>
        <source>入会同意</source>
        <translation>Enrolment consent</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="46"/>
        <source>接收营销信息</source>
        <translation>Marketing messages</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="46"/>
        <source>监护人同意</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="50"/>
        <source>隐私告知书版本</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="50"/>
        <source>会员入会时同意的告知书版本;修改告知书后请更新</source>
        <translation>Notice version members agreed to on enrolment; update it after changing the notice</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="52"/>
        <source>关怀消息视为服务</source>
        <translation>Care messages count as service</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="52"/>
        <source>是:生日/节日问候、售后回访等关怀提醒不需要会员同意接收营销信息;否:所有提醒都需要营销同意</source>
        <translation>Yes: birthday/holiday greetings, after-sale calls and other care reminders need no marketing consent; No: every reminder needs marketing consent</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="55"/>
        <source>营销类提醒</source>
        <translation>Marketing reminders</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="55"/>
        <source>这些提醒(如活动/促销通知)只发给同意接收营销信息的会员</source>
        <translation>These reminders (e.g. events, promotions) go only to members who agreed to marketing messages</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="144"/>
        <location filename="../model/privacy/consent.py" line="146"/>
        <source>监护人姓名</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../model/privacy/consent.py" line="144"/>
        <source>未满14岁的会员须填写监护人姓名</source>
        <translation>Members under 14 need a guardian's name</translation>
    </message>
    <message>
        <location filename="../model/privacy/owner.py" line="25"/>
        <source>店长密码(散列值)</source>
        <translation>Owner PIN (hash)</translation>
    </message>
    <message>
        <location filename="../model/privacy/owner.py" line="26"/>
        <source>店长密码错误次数</source>
        <translation>Owner PIN failures</translation>
    </message>
    <message>
        <location filename="../model/privacy/owner.py" line="89"/>
        <source>原店长密码不正确</source>
        <translation>The old manager password is wrong</translation>
    </message>
    <message>
        <location filename="../model/privacy/owner.py" line="94"/>
        <location filename="../model/privacy/owner.py" line="105"/>
        <source>设置店长密码</source>
        <translation>Set manager password</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="139"/>
        <source>备份文件检查未通过:{detail}</source>
        <translation>Backup file check failed: {detail}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="145"/>
        <location filename="../model/safety/backup.py" line="167"/>
        <source>备份已取消。</source>
        <translation>Backup cancelled.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="146"/>
        <source>备份文件无法打开:{detail}</source>
        <translation>Backup file cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="221"/>
        <source>找不到数据库文件:{path}</source>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="223"/>
        <source>目标文件已存在,不会覆盖:{path}</source>
        <translation>Target file already exists and will not be overwritten: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="228"/>
        <source>备份失败:{detail}</source>
        <translation>Backup failed: {detail}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="346"/>
        <source>恢复后的数据库检查未通过:{detail}</source>
        <translation>The restored database failed the check: {detail}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="376"/>
        <source>找不到备份文件:{path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="378"/>
        <source>备份文件就是当前数据库,无需恢复。</source>
        <translation>The backup file is the current database; nothing to restore.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="398"/>
        <source>数据库文件不见了,但旁边还留着它的日志文件(-wal/-journal),无法安全恢复到这里。请恢复到其他文件夹,或联系技术支持。</source>
        <translation>The database file is missing but its journal file (-wal/-journal) is still next to it, so it cannot be restored here safely. Please restore to another folder or contact technical support.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="412"/>
        <source>数据库文件已被覆盖,且旁边还有未合并的日志文件(-wal),无法自动恢复。原文件已另存为 {saved},请联系技术支持。</source>
        <translation>The database file has been overwritten and there is an unmerged journal file (-wal) next to it, so it cannot be restored automatically. The original file was saved as {saved}; please contact technical support.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="430"/>
        <source>无法把备份写入数据库文件({detail})。原数据库已保存为 {saved},请联系技术支持。</source>
        <translation>Cannot write the backup into the database file ({detail}). The original database was saved as {saved}; please contact technical support.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="459"/>
        <source>备份之后的新数据未能自动转入恢复后的数据库({detail})。这些数据仍保存在 {kept},请联系技术支持取回。</source>
        <translation>The data added after the backup could not be carried into the restored database ({detail}). It is still kept in {kept}; please contact technical support to recover it.</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="537"/>
        <source>找不到所选文件夹:{path}</source>
        <translation>Selected folder not found: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="574"/>
        <location filename="../model/safety/backup.py" line="576"/>
        <location filename="../model/safety/backup.py" line="620"/>
        <source>这个文件夹里没有有效的会员管家副本:{path}</source>
        <translation>This folder has no valid vipdesk copy: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="579"/>
        <source>副本中缺少数据库文件:{path}</source>
        <translation>The copy has no database file: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="581"/>
        <source>副本文件已损坏(校验值不符),请重新复制:{path}</source>
        <translation>The copy is damaged (checksum mismatch); please copy it again: {path}</translation>
    </message>
    <message>
        <location filename="../model/safety/failures.py" line="154"/>
        <source>{doing}没有完成:{reason}。</source>
        <translation>{doing} did not finish: {reason}.</translation>
    </message>
    <message>
        <location filename="../model/safety/failures.py" line="154"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../model/safety/failures.py" line="156"/>
        <source>已经保存的数据没有丢失。</source>
        <translation>Data already saved is not lost.</translation>
    </message>
    <message>
        <location filename="../model/safety/failures.py" line="158"/>
        <source>详细信息已记录在日志文件 {log}</source>
        <translation>Details are recorded in log file {log}</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="135"/>
        <source>还没有数据库文件,将新建一个。</source>
        <translation>There is no database file yet; a new one will be created.</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="137"/>
        <source>数据库路径是一个文件夹,不是数据库文件。</source>
        <translation>The database path is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="143"/>
        <source>数据库文件是空的(0 字节),可能被截断。</source>
        <translation>The database file is empty (0 bytes); it may have been truncated.</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="167"/>
        <source>数据库文件已损坏(完整性检查未通过)。</source>
        <translation>The database file is damaged (integrity check failed).</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="172"/>
        <source>此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。将以只读方式打开,请升级会员管家后再修改数据。</source>
        <translation>This database comes from a newer vipdesk (schema version {found}); this program supports up to {supported}. It will be opened read-only; please upgrade vipdesk before changing data.</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="176"/>
        <source>数据库检查通过。</source>
        <translation>Database check passed.</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="183"/>
        <source>这个文件不是会员管家的数据库(文件内容已被覆盖或不是数据库)。</source>
        <translation>This file is not a vipdesk database (its contents were overwritten or it is not a database).</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="185"/>
        <source>数据库文件已损坏(部分内容被破坏或文件被截断)。</source>
        <translation>The database file is damaged (parts were corrupted or the file was truncated).</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="187"/>
        <source>无法读取数据库文件(可能被其他程序占用或没有权限)。</source>
        <translation>Cannot read the database file (it may be in use by another program or access is denied).</translation>
    </message>
    <message>
        <location filename="../model/safety/integrity.py" line="188"/>
        <source>数据库文件无法正常读取,视为已损坏。</source>
        <translation>The database file cannot be read normally and is treated as damaged.</translation>
    </message>
    <message>
        <location filename="../model/safety/location.py" line="112"/>
        <source>数据库文件不能放在网络共享位置({where})。多台电脑同时通过网络打开同一个数据库文件会损坏数据。请把数据库放在本机硬盘上(默认位置即可);需要在另一台电脑使用时,请用“复制到U盘/新电脑”。</source>
        <translation>The database file cannot be on a network share ({where}). Several computers opening the same database over the network will corrupt the data. Please keep the database on this computer's hard disk (the default location is fine); to use it on another computer, use "Copy to USB drive / new computer".</translation>
    </message>
    <message>
        <location filename="../model/safety/location.py" line="128"/>
        <source>数据库文件不能放在云同步文件夹({service})里:同步软件会在数据库写入时复制或覆盖文件,导致会员数据损坏或丢失。请把数据库放在本机的普通文件夹(默认位置即可),备份可以另外复制到云盘。</source>
        <translation>The database file cannot be in a cloud sync folder ({service}): the sync software copies or overwrites the file while the database is writing, which damages or loses member data. Please keep the database in an ordinary local folder (the default location is fine); backups can be copied to the cloud separately.</translation>
    </message>
    <message>
        <location filename="../model/safety/lock.py" line="29"/>
        <source>(进程号 {pid})</source>
        <translation> (process {pid})</translation>
    </message>
    <message>
        <location filename="../model/safety/lock.py" line="31"/>
        <source>会员管家已经在运行{who},正在使用数据库 {path}。同一个数据库只能由一个会员管家打开,请切换到已打开的窗口,或先关闭它再启动。</source>
        <translation>vipdesk is already running{who} and using the database {path}. A database can be opened by only one vipdesk; please switch to the open window, or close it first and start again.</translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="52"/>
        <source>密码错误次数过多,请 {n} 秒后再试。</source>
        <translation>Too many wrong passwords; please try again in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="58"/>
        <location filename="../model/safety/pin.py" line="61"/>
        <location filename="../model/safety/pin.py" line="64"/>
        <source>店长密码</source>
        <translation>Manager password</translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="58"/>
        <source>只能由数字组成。</source>
        <translation>Digits only.</translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="61"/>
        <source>长度须为 {lo}–{hi} 位数字。</source>
        <translation>Must be {lo}–{hi} digits.</translation>
    </message>
    <message>
        <location filename="../model/safety/pin.py" line="64"/>
        <source>太容易被猜到(如 1111、1234),请换一个。</source>
        <translation>Too easy to guess (like 1111, 1234); please choose another.</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="34"/>
        <source>销售明细</source>
        <translation>Sale lines</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="34"/>
        <source>积分流水</source>
        <translation>Points ledger entries</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="35"/>
        <source>储值流水</source>
        <translation>Stored-value entries</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="35"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="36"/>
        <source>等级变动</source>
        <translation>Tier changes</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="37"/>
        <source>礼券记录</source>
        <translation>Voucher events</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="37"/>
        <source>积分批次</source>
        <translation>Points lots</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="38"/>
        <source>礼品兑换</source>
        <translation>Gift redemptions</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="38"/>
        <source>关怀任务</source>
        <translation>Care tasks</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="39"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="60"/>
        <source>按店长的选择,备份之后的数据没有补回:</source>
        <translation>As the owner chose, data added after the backup was not carried over: </translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="60"/>
        <source>这些记录全部保存在抢救报告 {path} 中。</source>
        <translation>All of these records are saved in the salvage report {path}.</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="65"/>
        <location filename="../model/safety/salvage.py" line="76"/>
        <source>{what} {n} 条</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="66"/>
        <source>备份之后新增的数据已补回:</source>
        <translation>Data added after the backup has been restored:</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="67"/>
        <source>备份之后没有找到需要补回的数据。</source>
        <translation>No data added after the backup needed restoring.</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="70"/>
        <source>有 {n} 条无法读取或无法补回,已列在抢救报告 {path} 中,请交给技术支持。</source>
        <translation>{n} items could not be read or restored; they are listed in rescue report {path}. Please send it to tech support.</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="81"/>
        <source>没有</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="130"/>
        <source>恢复时按店长选择未补回</source>
        <translation>Not carried over at restore (owner's choice)</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="249"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="249"/>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="252"/>
        <source>无法读取(文件损坏)</source>
        <translation>Unreadable (file damaged)</translation>
    </message>
    <message>
        <location filename="../model/safety/salvage.py" line="254"/>
        <source>无法补回:</source>
        <translation>Could not restore:</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="94"/>
        <source>类型应为 销售 或 退货</source>
        <translation>Type must be sale or return</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="102"/>
        <source>数量不能为 0</source>
        <translation>Quantity cannot be 0</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="117"/>
        <source>找不到这位会员(手机号或卡号)</source>
        <translation>Member not found (mobile or card no.)</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="120"/>
        <source>退货行需要原小票号</source>
        <translation>Return lines need the original receipt no.</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="125"/>
        <source>退款方式应为 现金、银行卡、微信、支付宝 或 储值</source>
        <translation>Refund method must be cash, bank card, WeChat, Alipay or stored value</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="132"/>
        <source>未填款号</source>
        <translation>Style no. missing</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="158"/>
        <source>新导购,已添加</source>
        <translation>New staff member, added</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="167"/>
        <source>同一小票的各行日期时间、会员、类型或原小票号不一致</source>
        <translation>Lines of the same receipt differ in date/time, member, type or original receipt no.</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="177"/>
        <source>找不到原小票:</source>
        <translation>Original receipt not found:</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="179"/>
        <source>退货会员与原小票会员不一致</source>
        <translation>The return's member differs from the original receipt's member</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="192"/>
        <source>原小票 {t} 中没有可退的 {code} {n} 件</source>
        <translation>Original receipt {t} has no {n} returnable pcs of {code}</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="197"/>
        <source>同一张退货小票的各行退款方式不一致</source>
        <translation>The lines of one return receipt have different refund methods</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="204"/>
        <source>退款按原小票计算为 {v} 分</source>
        <translation>Refund calculated from the original receipt: {v} fen</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="215"/>
        <source>同一小票有问题行,整张小票未导入</source>
        <translation>The receipt has problem lines; the whole receipt was not imported</translation>
    </message>
    <message>
        <location filename="../model/sales/pos_import.py" line="220"/>
        <source>小票号已导入过,跳过</source>
        <translation>Receipt no. already imported; skipped</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>上衣</source>
        <translation>Tops</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>裤装</source>
        <translation>Trousers</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>裙装</source>
        <translation>Skirts</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>外套</source>
        <translation>Coats</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>针织</source>
        <translation>Knitwear</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>连衣裙</source>
        <translation>Dresses</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>配饰</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>鞋包</source>
        <translation>Shoes &amp; bags</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <location filename="../model/setup/presets.py" line="36"/>
        <source>童装</source>
        <translation>Kidswear</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>内衣</source>
        <translation>Underwear</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="37"/>
        <source>饰品</source>
        <translation>Jewellery</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="87"/>
        <source>第 {n} 行</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="90"/>
        <source>请填写款号</source>
        <translation>Please enter the style no.</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="92"/>
        <source>单价不能为负数</source>
        <translation>Unit price cannot be negative</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="94"/>
        <source>数量必须是正整数</source>
        <translation>Quantity must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="96"/>
        <source>折扣应在 0.1 折到不打折之间</source>
        <translation>Discount must be between 99% off and no discount</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="98"/>
        <source>实收金额不能为负数</source>
        <translation>Amount paid cannot be negative</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="141"/>
        <source>商品</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="141"/>
        <source>请至少录入一件商品</source>
        <translation>Please enter at least one item</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="167"/>
        <source>同一张券不能用两次</source>
        <translation>The same voucher cannot be used twice</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="172"/>
        <source>{code} 不能使用:{why}</source>
        <translation>{code} cannot be used: {why}</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="174"/>
        <source>{code} 用不上:金额已抵扣完</source>
        <translation>{code} not needed: the amount is already fully covered</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="188"/>
        <location filename="../model/sales/recording.py" line="190"/>
        <location filename="../model/sales/recording.py" line="192"/>
        <location filename="../model/sales/recording.py" line="194"/>
        <location filename="../model/sales/recording.py" line="196"/>
        <source>储值支付</source>
        <translation>Stored value payment</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="190"/>
        <source>散客不能用储值</source>
        <translation>Walk-in customers cannot use stored value</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="192"/>
        <location filename="../model/sales/recording.py" line="423"/>
        <source>储值功能未启用</source>
        <translation>Stored value is not enabled</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="194"/>
        <source>储值支付不能超过应付金额</source>
        <translation>Stored value payment cannot exceed the amount due</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="196"/>
        <source>储值余额不足</source>
        <translation>Not enough stored value</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="216"/>
        <source>{why}:积分 ×{x}</source>
        <translation>{why}: points ×{x}</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="221"/>
        <source>本单后积分自动换 {n} 张 {v} 代金券</source>
        <translation>After this sale points are automatically exchanged for {n} vouchers of {v}</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="278"/>
        <location filename="../model/sales/recording.py" line="470"/>
        <source>小票号已存在:</source>
        <translation>Receipt no. already exists:</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="291"/>
        <source>消费支付 小票 {t}</source>
        <translation>Purchase payment, receipt {t}</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="416"/>
        <source>找不到原销售小票</source>
        <translation>Original sales receipt not found</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="418"/>
        <source>未知的退款方式:</source>
        <translation>Unknown refund method: </translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="421"/>
        <source>散客的退款不能退到储值</source>
        <translation>A walk-in customer's refund cannot go to stored value</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="425"/>
        <source>退货时间</source>
        <translation>Return time</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="425"/>
        <source>退货时间不能早于原销售时间</source>
        <translation>The return time cannot be before the original sale</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="429"/>
        <location filename="../model/sales/recording.py" line="437"/>
        <source>退货数量</source>
        <translation>Return quantity</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="429"/>
        <source>请选择要退的商品</source>
        <translation>Please choose the items to return</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="431"/>
        <location filename="../model/sales/recording.py" line="434"/>
        <source>退货商品</source>
        <translation>Returned item</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="431"/>
        <source>同一商品请合并成一行</source>
        <translation>Please put the same item on one line</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="434"/>
        <source>该商品不属于原小票</source>
        <translation>This item is not on the original receipt</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="437"/>
        <source>{code} 最多还可退 {n} 件</source>
        <translation>At most {n} more of {code} can be returned</translation>
    </message>
    <message>
        <location filename="../model/sales/recording.py" line="493"/>
        <source>退货退回储值 小票 {t}</source>
        <translation>Stored value refunded for return, receipt {t}</translation>
    </message>
    <message>
        <location filename="../model/sales/refunds.py" line="14"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../model/sales/refunds.py" line="14"/>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../model/sales/refunds.py" line="14"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>客户金字塔</source>
        <translation>Customer pyramid</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>ABC分类</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>2012分级</source>
        <translation>2012 grid</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>购买类型</source>
        <translation>Buying type</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>有效性</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="49"/>
        <location filename="../ui/reports/segment_tab.py" line="13"/>
        <source>沉睡</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <source>沉睡6个月以上</source>
        <translation>Dormant 6+ months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <source>沉睡12个月以上</source>
        <translation>Dormant 12+ months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <source>高价值客户</source>
        <translation>High-value customer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <source>中价值客户</source>
        <translation>Mid-value customer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="50"/>
        <source>低价值客户</source>
        <translation>Low-value customer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="87"/>
        <source>分群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="87"/>
        <source>没有这个分群:{name}(可用:{keys})</source>
        <translation>No such segment: {name} (available: {keys})</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="21"/>
        <source>普通会员</source>
        <translation>Ordinary member</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="21"/>
        <source>常客会员</source>
        <translation>Regular member</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="21"/>
        <source>潜力会员</source>
        <translation>Potential member</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="22"/>
        <source>高价值</source>
        <translation>High value</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="22"/>
        <source>中价值</source>
        <translation>Mid value</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="22"/>
        <source>低价值</source>
        <translation>Low value</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="23"/>
        <source>A白金</source>
        <translation>A Platinum</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="23"/>
        <source>B黄金</source>
        <translation>B Gold</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="23"/>
        <source>C钢铁</source>
        <translation>C Iron</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="23"/>
        <source>D重铅</source>
        <translation>D Lead</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="24"/>
        <source>散客</source>
        <translation>Casual</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="24"/>
        <source>中型</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="24"/>
        <source>重度</source>
        <translation>Heavy</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>新货型</source>
        <translation>New-arrival buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>促销型</source>
        <translation>Sale buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>批量型</source>
        <translation>Bulk buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>多次型</source>
        <translation>Frequent buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>单品型</source>
        <translation>Single-item buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>高价型</source>
        <translation>High-price buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>风格型</source>
        <translation>Style buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>折扣型</source>
        <translation>Discount buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>频率型</source>
        <translation>Frequency buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="25"/>
        <source>金额型</source>
        <translation>Spend buyer</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="26"/>
        <source>有效会员</source>
        <translation>Active member</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="26"/>
        <source>一次性会员</source>
        <translation>One-time member</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="26"/>
        <source>未消费</source>
        <translation>No purchase</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="27"/>
        <source>沉睡6个月</source>
        <translation>Dormant 6 months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="27"/>
        <source>沉睡12个月</source>
        <translation>Dormant 12 months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="28"/>
        <source>普通VIP</source>
        <translation>Ordinary VIP</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="28"/>
        <source>常客VIP</source>
        <translation>Regular VIP</translation>
    </message>
    <message>
        <location filename="../model/segmentation/classify.py" line="28"/>
        <source>潜力VIP</source>
        <translation>Potential VIP</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="18"/>
        <source>分群统计周期(天)</source>
        <translation>Segment period (days)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="18"/>
        <source>频次、金额、行为矩阵、金字塔等按最近这么多天的消费计算</source>
        <translation>Frequency, spend, behaviour matrix, pyramid etc. use purchases in this many recent days</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="20"/>
        <source>行为矩阵:高客单价分界(分)</source>
        <translation>Behaviour matrix: high average sale from (fen)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="20"/>
        <source>留空 = 用本店近12个月客单价中位数</source>
        <translation>Empty = the shop's median average sale in the last 12 months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="22"/>
        <source>行为矩阵:高购买次数分界(次)</source>
        <translation>Behaviour matrix: many purchases from (count)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="22"/>
        <source>留空 = 用本店近12个月购买次数中位数</source>
        <translation>Empty = the shop's median number of purchases in the last 12 months</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="24"/>
        <source>高价值客户:近12个月消费至少(分)</source>
        <translation>High-value customer: spend in the last 12 months at least (fen)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="24"/>
        <source>留空 = 消费额排在前 20% 的分界</source>
        <translation>Empty = the top 20% spend cut-off</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="26"/>
        <source>中价值客户:近12个月消费至少(分)</source>
        <translation>Mid-value customer: spend in the last 12 months at least (fen)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="26"/>
        <source>留空 = 消费额排在前 50% 的分界</source>
        <translation>Empty = the top 50% spend cut-off</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="28"/>
        <source>客户金字塔累计人数分界(%)</source>
        <translation>Customer pyramid cumulative cut-offs (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="28"/>
        <source>A白金 前5%,A+B 前20%,A+B+C 前50%,其余 D重铅(按近12个月消费排序)</source>
        <translation>A Platinum top 5%, A+B top 20%, A+B+C top 50%, the rest D Lead (by spend in the last 12 months)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="30"/>
        <source>ABC分类:中型/重度的最少购买次数</source>
        <translation>ABC class: minimum purchases for medium/heavy</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="30"/>
        <source>近12个月购买 0–1 次 散客,2–4 次 中型,5 次以上 重度</source>
        <translation>0–1 purchases in the last 12 months casual, 2–4 medium, 5 or more heavy</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="32"/>
        <source>沉睡会员天数(6个月/12个月)</source>
        <translation>Dormant after (days, 6 months/12 months)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="33"/>
        <source>流失预警:距上次消费超过平时间隔的百分比</source>
        <translation>Churn warning: gap over her usual gap (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="33"/>
        <source>默认 200% = 超过她平均购买间隔的两倍</source>
        <translation>Default 200% = over twice her average gap between purchases</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="35"/>
        <source>流失预警:至少购买过几次才算常客</source>
        <translation>Churn warning: minimum purchases to count as a regular</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="36"/>
        <source>2012 分级:高频次分界(次/年)</source>
        <translation>2012 grid: high frequency from (per year)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="37"/>
        <source>2012 分级:高单价分界(分)</source>
        <translation>2012 grid: high average price from (fen)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="38"/>
        <source>2012 网格:频次档下限(次/年)</source>
        <translation>2012 grid: frequency band lower limits (per year)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="38"/>
        <source>1次 / 2–3次 / 4–8次 / 9次及以上(约10次)</source>
        <translation>1 / 2–3 / 4–8 / 9 or more (about 10)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="40"/>
        <source>2012 网格:平均单价档(分)</source>
        <translation>2012 grid: average price bands (fen)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="40"/>
        <source>150 / 250 / 500 / 1000 元</source>
        <translation>¥150 / 250 / 500 / 1000</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="42"/>
        <source>转换率目标(%)</source>
        <translation>Conversion targets (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="42"/>
        <source>0–1次→2次以上 50%,2–4次→5次以上 30%,250元以下→250元以上 50%,250–500元→500元以上 30%</source>
        <translation>0–1 → 2+ purchases 50%, 2–4 → 5+ 30%, under ¥250 → over ¥250 50%, ¥250–500 → over ¥500 30%</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="45"/>
        <source>购买类型:第几次购买后开始判断</source>
        <translation>Buying type: judge from the nth purchase</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="46"/>
        <source>新货型:款式首次售出后多少天内算新货</source>
        <translation>New-arrival buyer: days after a style's first sale that count as new</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="47"/>
        <source>新货型:新货件数占比至少(%)</source>
        <translation>New-arrival buyer: share of new items at least (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="48"/>
        <source>促销型:打折小票占比至少(%)</source>
        <translation>Sale buyer: share of discounted tickets at least (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="49"/>
        <source>批量型:平均每单件数至少</source>
        <translation>Bulk buyer: average items per ticket at least</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="50"/>
        <source>多次型:近12个月购买次数至少</source>
        <translation>Frequent buyer: purchases in the last 12 months at least</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="51"/>
        <source>单品型:只买一件的小票占比至少(%)</source>
        <translation>Single-item buyer: share of one-item tickets at least (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="52"/>
        <source>高价型:平均件单价至少为全店平均的(%)</source>
        <translation>High-price buyer: average item price at least (% of the shop average)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="53"/>
        <source>风格型:款式系列</source>
        <translation>Style buyer: style families</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="53"/>
        <source>每个系列:名称、款号前缀、品类,例如 {"name": "通勤", "prefixes": ["W"], "categories": ["西装"]};未归入任何系列的商品按品类算,没有品类按款号开头的字母算</source>
        <translation>Each family: name, style-number prefixes, categories, e.g. {"name": "Office", "prefixes": ["W"], "categories": ["Suits"]}; items in no family count by category, without a category by the first letter of the style number</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="57"/>
        <source>风格型:同一系列件数占比至少(%)</source>
        <translation>Style buyer: share of items in one family at least (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="58"/>
        <source>折扣型:折扣至少多深(‰,850 = 8.5折)</source>
        <translation>Discount buyer: discount at least this deep (‰, 850 = 15% off)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="59"/>
        <source>折扣型:打折件数占比至少(%)</source>
        <translation>Discount buyer: share of discounted items at least (%)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="60"/>
        <source>频率型:购买次数至少为同价值层中位数的(%)</source>
        <translation>Frequency buyer: purchases at least this % of the median of her value tier</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="61"/>
        <source>金额型:消费额至少为同ABC类中位数的(%)</source>
        <translation>Spend buyer: spend at least this % of the median of her ABC class</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="185"/>
        <source>{n} 元</source>
        <translation>¥{n}</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="188"/>
        <source>会员分群规则(统计周期:最近 {w} 天;退货冲减金额)</source>
        <translation>Member segment rules (period: last {w} days; returns reduce the amounts)</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="190"/>
        <source>RFM(S1):R = 距上次消费天数,F = 周期内购买次数,M = 周期内消费金额;按本店有过消费的会员的五分位数(20%/40%/60%/80%,最近秩法)打 1–5 分,5 分最好。</source>
        <translation>RFM (S1): R = days since last purchase, F = purchases in the period, M = spend in the period; scored 1–5 (5 best) by quintiles (20%/40%/60%/80%, nearest rank) of this shop's members with purchases.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="192"/>
        <source>行为矩阵(S2):周期内有消费的会员按客单价(金额÷次数)和购买次数分高低;高 = 高于本店中位数(店主设定数值时为 ≥ 该数值)。低低 普通会员,次数高单价低 常客会员,单价高次数低 潜力会员,双高 高价值会员。</source>
        <translation>Behaviour matrix (S2): members with purchases in the period are split high/low by average sale (amount ÷ purchases) and number of purchases; high = above the shop median (or ≥ the owner's set value). Low/low: ordinary members; many purchases, low average: regulars; high average, few purchases: potential members; both high: high-value members.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="195"/>
        <source>价值分层(S3):周期内消费 ≥ 高价值分界为 高价值,≥ 中价值分界为 中价值,其余 低价值;未设定时分界为消费额排名前 20% / 前 50% 的会员的消费额。</source>
        <translation>Value tiers (S3): spend in the period ≥ the high-value cut-off is high value, ≥ the mid-value cut-off is mid value, the rest low value; if not set, the cut-offs are the spend of the top 20% / top 50% of members.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="197"/>
        <source>客户金字塔(S4):按周期内消费从高到低排序,前 {a}% 为 A白金,至 {ab}% 为 B黄金,至 {abc}% 为 C钢铁,其余(含周期内未消费)为 D重铅;报表显示各层实际人数与消费占比。</source>
        <translation>Customer pyramid (S4): sorted by spend in the period from high to low, the top {a}% are A Platinum, up to {ab}% B Gold, up to {abc}% C Iron, the rest (including no purchase in the period) D Lead; the report shows the real head count and share of spend in each layer.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="200"/>
        <source>ABC 分类(S5):周期内购买 {lo} 次以下 散客,{lo}–{hi1} 次 中型,{hi} 次及以上 重度。</source>
        <translation>ABC classes (S5): fewer than {lo} purchases in the period: casual; {lo}–{hi1}: medium; {hi} or more: heavy.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="202"/>
        <source>有效性(S7):累计购买 2 次及以上 有效会员;只买过 1 次 一次性会员(首次消费后未再来);从未消费 未消费。</source>
        <translation>Activity (S7): 2 or more purchases in total: active member; only 1 purchase: one-time member (did not return after the first purchase); never purchased: no purchase.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="203"/>
        <source>沉睡(S8):距上次消费(从未消费则距入会)超过 {d1} 天 沉睡6个月,超过 {d2} 天 沉睡12个月。</source>
        <translation>Dormant (S8): more than {d1} days since the last purchase (or since enrolment if never purchased): dormant 6 months; more than {d2} days: dormant 12 months.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="205"/>
        <source>流失预警(S9):累计购买至少 {n} 次的常客,距上次消费的天数超过她平均购买间隔(首末次消费相隔天数÷(次数−1),至少按 7 天计)的 {p}%。</source>
        <translation>Churn warning (S9): regulars with at least {n} purchases whose days since the last purchase exceed {p}% of their average purchase interval (days between first and last purchase ÷ (purchases − 1), at least 7 days).</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="208"/>
        <source>2012 分级(S10):周期内有消费的会员,次数 ≥ {f} 次为高频,客单价 ≥ {t} 为高单价;低低 普通VIP,高频低单价 常客VIP,低频高单价 潜力VIP,双高 VVIP。</source>
        <translation>2012 grading (S10): members with purchases in the period; ≥ {f} purchases is high frequency, average sale ≥ {t} is high value. Low/low: ordinary VIP; high frequency, low value: regular VIP; low frequency, high value: potential VIP; both high: VVIP.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="211"/>
        <source>转换率(S11):上一周期(前 {w} 天)处在某档的会员,本周期达到目标档的比例;目标 0–1次→2次以上 {t0}%,2–4次→5次以上 {t1}%,客单价 250元以下→250元以上 {t2}%,250–500元→500元以上 {t3}%。</source>
        <translation>Conversion (S11): share of members in a band in the previous period (the {w} days before) who reached the target band this period; targets 0–1 → 2+ purchases {t0}%, 2–4 → 5+ purchases {t1}%, average sale under ¥250 → over ¥250 {t2}%, ¥250–500 → over ¥500 {t3}%.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="217"/>
        <source>购买类型(S6,累计购买满 {n} 次后判断,按销售小票计,可同时有多个):</source>
        <translation>Purchase types (S6, judged after {n} purchases in total, counted by sales receipt; several may apply):</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="218"/>
        <source>· 新货型:买的件数中,在该款号本店首次售出后 {d} 天内买的占 ≥ {p}%。</source>
        <translation>· New-arrivals buyer: ≥ {p}% of items bought within {d} days of the style's first sale in the shop.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="220"/>
        <source>· 促销型:有行折扣(不含会员等级折扣)的小票占 ≥ {p}%。</source>
        <translation>· Promotion buyer: ≥ {p}% of receipts have a line discount (not counting the member tier discount).</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="221"/>
        <source>· 批量型:平均每张小票 ≥ {n} 件。</source>
        <translation>· Bulk buyer: ≥ {n} items per receipt on average.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="222"/>
        <source>· 多次型:周期内购买 ≥ {n} 次。</source>
        <translation>· Frequent buyer: ≥ {n} purchases in the period.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="223"/>
        <source>· 单品型:只买 1 件的小票占 ≥ {p}%。</source>
        <translation>· Single-item buyer: ≥ {p}% of receipts have only 1 item.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="224"/>
        <source>· 高价型:平均件单价(实付÷件数)≥ 全店周期内平均件单价的 {p}%。</source>
        <translation>· High-price buyer: average item price (paid ÷ items) ≥ {p}% of the shop's average item price in the period.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="225"/>
        <source>· 风格型:买的件数中,同一款式系列(店主设定的款号前缀/品类,未设定按品类)占 ≥ {p}%。</source>
        <translation>· Style buyer: of the items bought, ≥ {p}% are from one style family (the owner's style-number prefixes/categories; by category when not set).</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="227"/>
        <source>· 折扣型:买的件数中,{d} 折或更低折扣买的占 ≥ {p}%。</source>
        <translation>· Discount buyer: of the items bought, ≥ {p}% were bought at {d}/10 of the price or less.</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="229"/>
        <source>· 频率型:周期内购买次数 ≥ 同价值层(高/中/低价值)会员中位数的 {p}%。</source>
        <translation>· Frequency buyer: purchases in the period ≥ {p}% of the median of members in the same value tier (high/mid/low).</translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="230"/>
        <source>· 金额型:周期内消费额 ≥ 同ABC类(散客/中型/重度)会员中位数的 {p}%。</source>
        <translation>· Spend buyer: spend in the period ≥ {p}% of the median of members in the same ABC class (casual/medium/heavy).</translation>
    </message>
    <message>
        <location filename="../model/segmentation/store.py" line="142"/>
        <source>读取消费记录…</source>
        <translation>Reading purchase history…</translation>
    </message>
    <message>
        <location filename="../model/segmentation/store.py" line="154"/>
        <location filename="../model/segmentation/store.py" line="200"/>
        <source>写入分群…</source>
        <translation>Saving segments…</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="13"/>
        <source>首次设置已完成</source>
        <translation>First-time setup complete</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="46"/>
        <source>首次设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="52"/>
        <source>请填写店名(会印在小票、会员卡和名单上)</source>
        <translation>Enter the shop name (printed on tickets, member cards and lists)</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="54"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="54"/>
        <source>请选择行业</source>
        <translation>Please choose an industry</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="56"/>
        <source>等级积分</source>
        <translation>Tier points</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="56"/>
        <source>金卡积分应高于银卡积分,且都大于 0</source>
        <translation>Gold points must be higher than Silver points, and both above 0</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="57"/>
        <source>每元积分</source>
        <translation>Points per ¥1</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="60"/>
        <source>保持联系间隔</source>
        <translation>Keep-in-touch interval</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="61"/>
        <source>生日礼券面值</source>
        <translation>Birthday voucher value</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="63"/>
        <source>应在 {lo} 到 {hi} 之间</source>
        <translation>Must be between {lo} and {hi}</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="65"/>
        <source>开始方式</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location filename="../model/setup/first_run.py" line="65"/>
        <source>请选择开始方式</source>
        <translation>Please choose how to start</translation>
    </message>
    <message>
        <location filename="../model/setup/presets.py" line="35"/>
        <source>服装</source>
        <translation>Fashion</translation>
    </message>
    <message>
        <location filename="../model/setup/presets.py" line="37"/>
        <source>珠宝</source>
        <translation>Jewellery</translation>
    </message>
    <message>
        <location filename="../model/store/migrations.py" line="37"/>
        <source>此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。</source>
        <translation>This database comes from a newer vipdesk (schema version {found}); this program supports up to {supported}.</translation>
    </message>
    <message>
        <location filename="../model/store/settings.py" line="128"/>
        <source>店铺类型</source>
        <translation>Shop type</translation>
    </message>
    <message>
        <location filename="../model/store/settings.py" line="128"/>
        <source>fashion 服装 / kids 童装 / jewelry 珠宝</source>
        <translation>fashion / kids / jewelry</translation>
    </message>
    <message>
        <location filename="../model/store/settings.py" line="129"/>
        <source>会员卡售价(分)</source>
        <translation>Membership card price (fen)</translation>
    </message>
    <message>
        <location filename="../model/store/settings.py" line="129"/>
        <source>默认 38 元</source>
        <translation>Default ¥38</translation>
    </message>
    <message>
        <location filename="../model/store/settings.py" line="130"/>
        <source>一次购买满几件免费办卡</source>
        <translation>Items in one purchase for a free card</translation>
    </message>
    <message>
        <location filename="../model/store/writers.py" line="50"/>
        <source>数据库 {path} 上次检查时发现已损坏,为保护数据,任何程序都不会再写入它。请先恢复备份(vipdesk restore 备份文件,或在会员管家窗口中恢复)。</source>
        <translation>Database {path} was found damaged at the last check. To protect your data, no program will write to it. Please restore a backup first (vipdesk restore backup-file, or restore in the VIP Desk window).</translation>
    </message>
    <message>
        <location filename="../model/store/writers.py" line="173"/>
        <source>另有程序(会员管家窗口、导入或定时任务)正在使用数据库 {path}。为了不丢失它正在写入的数据,请等它完成并关闭后再恢复或升级。</source>
        <translation>Another program (VIP Desk window, import or scheduled task) is using database {path}. To avoid losing the data it is writing, wait until it finishes and closes before restoring or upgrading.</translation>
    </message>
    <message>
        <location filename="../model/store/writers.py" line="175"/>
        <source>数据库 {path} 正在恢复或升级,暂时不能写入。请稍后再试。</source>
        <translation>Database {path} is being restored or upgraded and can't be written to right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="15"/>
        <source>每次电话联系成本(分)</source>
        <translation>Cost per phone call (fen)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="15"/>
        <location filename="../reports/analyses/common.py" line="17"/>
        <source>用于“关怀成本与回报”;0 = 不计</source>
        <translation>For "care cost and return"; 0 = not counted</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="17"/>
        <source>每条短信/微信成本(分)</source>
        <translation>Cost per SMS/WeChat message (fen)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="19"/>
        <source>积分分布分界</source>
        <translation>Points distribution bands</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="19"/>
        <source>0 / 1–3000 / 3001–6000 / 6000以上</source>
        <translation>0 / 1–3000 / 3001–6000 / over 6000</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="21"/>
        <source>年龄段分界(岁)</source>
        <translation>Age bands (years)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="22"/>
        <source>季度消费排行人数</source>
        <translation>Quarterly top spenders</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="23"/>
        <source>客单价分档(分)</source>
        <translation>Average sale bands (fen)</translation>
    </message>
    <message>
        <location filename="../reports/analyses/common.py" line="23"/>
        <source>留空 = 按本店近12个月小票金额的分位数自动取整数(服装店约 300/600 元,珠宝店约 3000/6000 元);也可填固定分界,如 [25000, 50000]</source>
        <translation>Empty = rounded quantiles of this shop's tickets in the last 12 months (about ¥300/600 for fashion, ¥3000/6000 for jewellery); or fixed bands, e.g. [25000, 50000]</translation>
    </message>
    <message>
        <location filename="../reports/birthdays.py" line="14"/>
        <source>{shop} {year}年{month}月 会员生日</source>
        <translation>{shop} member birthdays {year}-{month}</translation>
    </message>
    <message>
        <location filename="../reports/birthdays.py" line="17"/>
        <source>全体同事熟悉名单,共同祝贺到店的寿星。</source>
        <translation>Everyone learns the list so we can all congratulate birthday customers when they visit.</translation>
    </message>
    <message>
        <location filename="../reports/birthdays.py" line="19"/>
        <source>本月没有会员过生日。</source>
        <translation>No member birthdays this month.</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="35"/>
        <source>{shop} 本周回访清单</source>
        <translation>{shop} this week's follow-up list</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="36"/>
        <location filename="../reports/period.py" line="51"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="40"/>
        <source>本周没有需要电话回访的会员。</source>
        <translation>No members need a follow-up call this week.</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="41"/>
        <source>上次购买</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="41"/>
        <source>聊天话题</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="43"/>
        <source>导购:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <location filename="../reports/calllist.py" line="46"/>
        <source>(逾期)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="76"/>
        <source>月份格式应为 YYYY-MM,例如 2026-11</source>
        <translation>Month format must be YYYY-MM, e.g. 2026-11</translation>
    </message>
    <message>
        <location filename="../reports/period.py" line="82"/>
        <source>日期范围</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="63"/>
        <location filename="../ui/care/reminder_pane.py" line="77"/>
        <source>已联系,顾客很满意</source>
        <translation>Contacted, customer very satisfied</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="63"/>
        <location filename="../ui/care/reminder_pane.py" line="77"/>
        <source>已发短信</source>
        <translation>SMS sent</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="63"/>
        <location filename="../ui/care/reminder_pane.py" line="66"/>
        <source>未接通,改天再打</source>
        <translation>No answer, call again another day</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="63"/>
        <source>顾客在忙,约好再联系</source>
        <translation>Customer busy, agreed to talk later</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="63"/>
        <source>已当面问候</source>
        <translation>Greeted in person</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="65"/>
        <source>已联系,最近没有需要</source>
        <translation>Contacted, needs nothing at the moment</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="65"/>
        <source>已联系,搬家或不方便来店</source>
        <translation>Contacted, moved or hard to get to the shop</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="65"/>
        <source>已联系,对款式不满意</source>
        <translation>Contacted, unhappy with the styles</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="65"/>
        <source>已联系,觉得价格偏高</source>
        <translation>Contacted, finds prices high</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="66"/>
        <source>已联系,对服务不满意</source>
        <translation>Contacted, unhappy with the service</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="66"/>
        <source>已联系,去了别的店</source>
        <translation>Contacted, shops elsewhere now</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="113"/>
        <source>顾客不希望被打扰</source>
        <translation>Customer does not want to be disturbed</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="113"/>
        <source>号码错误或停机</source>
        <translation>Wrong or disconnected number</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="113"/>
        <source>已当面问候过</source>
        <translation>Already greeted in person</translation>
    </message>
    <message>
        <location filename="../ui/care/reminder_pane.py" line="113"/>
        <source>顾客外出</source>
        <translation>Customer away</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>已接通,聊得愉快</source>
        <translation>Got through, good chat</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>已接通,不方便</source>
        <translation>Got through, not a good time</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>约好到店</source>
        <translation>Will visit</translation>
    </message>
    <message>
        <location filename="../ui/counter/member_dialogs.py" line="163"/>
        <source>不希望再联系</source>
        <translation>Does not want contact</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="80"/>
        <source>消费次数</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="379"/>
        <source>新入会</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="379"/>
        <source>完整档案</source>
        <translation>Complete profiles</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="379"/>
        <source>完整率</source>
        <translation>Complete rate</translation>
    </message>
    <message>
        <location filename="../ui/hygiene/dialogs.py" line="379"/>
        <source>平均完整度</source>
        <translation>Average completeness</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="62"/>
        <source>自动识别</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="403"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="403"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../ui/importing/wizard.py" line="404"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="274"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>售卡</source>
        <translation>Cards sold</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>计提成</source>
        <translation>Commission cards</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>免费卡</source>
        <translation>Free cards</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>计奖励</source>
        <translation>Bonus cards</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>合计张数</source>
        <translation>Total cards</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>达标奖</source>
        <translation>Target bonus</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/dialogs.py" line="339"/>
        <source>资料不全的会员</source>
        <translation>Members with incomplete profiles</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="51"/>
        <source>先作废积分换来的未用礼券,不够再扣减退款</source>
        <translation>Void unused vouchers bought with points first, then reduce the refund</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="51"/>
        <source>直接按积分价值扣减退款</source>
        <translation>Reduce the refund by the points' value</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="54"/>
        <source>当年积分次年12月31日过期</source>
        <translation>A year's points expire on 31 Dec next year</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="54"/>
        <source>获得后若干个月过期</source>
        <translation>Expire a number of months after earning</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="72"/>
        <source>按周期内所得积分</source>
        <translation>By points earned in the period</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="72"/>
        <source>按近12个月消费金额(元)</source>
        <translation>By spend in the last 12 months (¥)</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="186"/>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/settings.py" line="186"/>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="28"/>
        <source>消费积分</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="28"/>
        <source>兑换礼品</source>
        <translation>Gift redeemed</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="28"/>
        <source>退货扣回</source>
        <translation>Clawed back on return</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="28"/>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="28"/>
        <source>到期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="29"/>
        <source>换券</source>
        <translation>Voucher swap</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="29"/>
        <source>介绍奖励</source>
        <translation>Referral reward</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="29"/>
        <source>券作废退回</source>
        <translation>Voucher void, points back</translation>
    </message>
    <message>
        <location filename="../ui/loyalty/tab.py" line="30"/>
        <source>奖励</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../ui/reports/segment_tab.py" line="14"/>
        <source>近12个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="100"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/safety/backups.py" line="100"/>
        <source>会员数</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../ui/common/widgets.py" line="40"/>
        <source>请填写金额</source>
        <translation>Please enter the amount</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="44"/>
        <location filename="../ui/common/widgets.py" line="46"/>
        <source>不是有效的金额:</source>
        <translation>Not a valid amount:</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="48"/>
        <source>金额不能为负数</source>
        <translation>Amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="51"/>
        <source>金额最多两位小数</source>
        <translation>Amount may have at most two decimal places</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="53"/>
        <source>金额太大</source>
        <translation>Amount too large</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="75"/>
        <source>折扣写法:9 表示9折,95 表示9.5折,空白表示不打折</source>
        <translation>Discount: 9 means 10% off, 95 means 5% off, blank means no discount</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="83"/>
        <location filename="../ui/common/widgets.py" line="86"/>
        <source>数量必须是正整数</source>
        <translation>Quantity must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="88"/>
        <source>数量太大</source>
        <translation>Quantity too large</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="105"/>
        <source>公历</source>
        <translation>Solar</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="106"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="108"/>
        <source>年(可不填)</source>
        <translation>Year (optional)</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="112"/>
        <source>闰月</source>
        <translation>Leap month</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="137"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="138"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="140"/>
        <source>{n}月</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="142"/>
        <source>{n}日</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="162"/>
        <location filename="../ui/common/widgets.py" line="166"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="162"/>
        <source>请同时选择月和日</source>
        <translation>Please choose both month and day</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="166"/>
        <source>年份应为数字,如 1985</source>
        <translation>Year must be a number, e.g. 1985</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="192"/>
        <source>(未指定)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="223"/>
        <source>选择会员</source>
        <translation>Choose member</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="226"/>
        <source>输入手机尾号、姓名或拼音</source>
        <translation>Enter phone ending, name or pinyin</translation>
    </message>
    <message>
        <location filename="../ui/common/widgets.py" line="227"/>
        <source>选择</source>
        <translation>Choose</translation>
    </message>
</context>
</TS>
