<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="122"/>
        <source>办理会员卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="125"/>
        <source>售卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="126"/>
        <source>免费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="134"/>
        <source>一次购买满{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="142"/>
        <source>卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="143"/>
        <source>收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="144"/>
        <source>经办导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="154"/>
        <source>售卡金额</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../ui/detail_tabs.py" line="168"/>
        <source>办卡 / 补卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="169"/>
        <source>挂失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="170"/>
        <source>注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="171"/>
        <source>恢复正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="179"/>
        <source>免费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="189"/>
        <source>请先选中一张卡</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="68"/>
        <source>添加孩子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="72"/>
        <source>女孩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="72"/>
        <source>男孩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="72"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="76"/>
        <source>如 110、120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="78"/>
        <source>孩子姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="79"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="80"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="81"/>
        <source>尺码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="82"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../ui/detail_tabs.py" line="103"/>
        <source>添加孩子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="104"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="117"/>
        <source>{n}岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="127"/>
        <source>删除这条孩子记录?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="168"/>
        <source>添加联系记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="182"/>
        <source>(不评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="187"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="188"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="189"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="190"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="191"/>
        <source>导购</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../ui/detail_tabs.py" line="279"/>
        <source>添加联系记录 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="279"/>
        <source>记录一次电话或消息 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="290"/>
        <source>到店未购</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="94"/>
        <source>添加纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="100"/>
        <source>如 结婚纪念日、先生生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="102"/>
        <source>年(可不填)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="103"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="104"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="105"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="111"/>
        <source>结婚纪念日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../ui/detail_tabs.py" line="137"/>
        <source>添加纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="138"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="149"/>
        <source>{date}(还有 {n} 天)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="158"/>
        <source>删除这个纪念日?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="44"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="45"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../ui/detail_tabs.py" line="215"/>
        <source>退货 / 换货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="216"/>
        <source>对选中的销售小票办理退货或换货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="232"/>
        <source>退货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="232"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="241"/>
        <source>{price} × {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="251"/>
        <source>共 {n} 张销售小票,净额 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detail_tabs.py" line="269"/>
        <source>请先选中一张销售小票(不是退货单)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="133"/>
        <source>会员管家 vipdesk — {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138"/>
        <source>会员 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../ui/member_list_model.py" line="132"/>
        <source>卡号 {card}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberListPane</name>
    <message>
        <location filename="../ui/member_list_pane.py" line="127"/>
        <source>找到 {n} 位会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_list_pane.py" line="129"/>
        <source>共 {n} 位会员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../ui/profile_tab.py" line="49"/>
        <source>基本档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="54"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="54"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="54"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="57"/>
        <source>如 汉族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="62"/>
        <source>如 上衣 M / 裤 27 / 鞋 37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="71"/>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="72"/>
        <source>清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="79"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="79"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="79"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="80"/>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="80"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="81"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="81"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="82"/>
        <source>尺码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="82"/>
        <source>专属导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="83"/>
        <source>入会渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="85"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="87"/>
        <source>软档案(喜好与习惯)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="100"/>
        <source>其他喜好、家庭、工作等,随聊随记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="104"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="109"/>
        <source>员工观察(气质、外形、体型变化、聊天要点)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="116"/>
        <source>保存档案 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="117"/>
        <source>保存档案的全部修改 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="143"/>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="161"/>
        <location filename="../ui/profile_tab.py" line="173"/>
        <source>(无)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_tab.py" line="211"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/search_box.py" line="28"/>
        <source>手机尾号 / 手机号 / 卡号 / 姓名 / 拼音首字母(Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_box.py" line="29"/>
        <source>输入手机后4位、完整手机号、卡号、姓名或拼音,回车打开会员(Ctrl+F / F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/member_dialogs.py" line="204"/>
        <source>到店未购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="209"/>
        <source>如 试了新款大衣,嫌颜色深</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="210"/>
        <source>接待导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/member_dialogs.py" line="211"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FallbackReminderPane</name>
    <message>
        <location filename="../ui/main_window.py" line="34"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../ui/dialogs.py" line="30"/>
        <source>{field}:{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>操作未完成,发生了意外错误:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="45"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="45"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="45"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="62"/>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="66"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="71"/>
        <location filename="../ui/dialogs.py" line="75"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../ui/tasks.py" line="149"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../model/care/engine.py" line="149"/>
        <source>今天生日:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="159"/>
        <source>{n}天后生日:{date}({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="170"/>
        <source>孩子{name}今天生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="178"/>
        <location filename="../model/members.py" line="264"/>
        <location filename="../model/members.py" line="267"/>
        <source>纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="179"/>
        <source>今天是{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="206"/>
        <source>衣服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="214"/>
        <source>{date}购买了{items}(第{n}天)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="231"/>
        <source>{date}新入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="240"/>
        <source>介绍了新会员{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="249"/>
        <source>经老会员介绍入会第{n}天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="274"/>
        <source>{date}晚上到店未购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="274"/>
        <source>今天到店未购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="299"/>
        <source>已{n}个月没有购买(上次 {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="317"/>
        <source>平时约{gap}天来一次,已{n}天没来(上次 {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="346"/>
        <source>已{n}天没有联系(上次 {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="382"/>
        <source>{n}天后活动:{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="404"/>
        <source>天气关怀:{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="422"/>
        <source>{child}{date}满{age}岁,上次买{size}码,建议{new}码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="498"/>
        <source>已不需要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="546"/>
        <source>我们</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="573"/>
        <source>会员希望不被打扰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="580"/>
        <source>近7天已联系{n}次(上限{cap}次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="583"/>
        <source>近30天已联系{n}次(上限{cap}次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="597"/>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="597"/>
        <source>天数至少为 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="702"/>
        <location filename="../model/importing/report.py" line="98"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/engine.py" line="702"/>
        <source>请填写跳过的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="115"/>
        <location filename="../model/care/templates.py" line="115"/>
        <location filename="../model/care/templates.py" line="132"/>
        <source>女士</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="115"/>
        <source>先生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="132"/>
        <source>黄明华</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="132"/>
        <source>黄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="132"/>
        <source>银卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="133"/>
        <source>小李</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="133"/>
        <source>秋季VIP专场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="134"/>
        <source>11月28日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="134"/>
        <source>中秋节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="134"/>
        <source>花好月圆,阖家团圆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="134"/>
        <source>乐乐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="135"/>
        <source>结婚纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="135"/>
        <source>王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="135"/>
        <source>近日气温骤降,出门记得添衣保暖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/care/templates.py" line="136"/>
        <source>羊毛大衣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="374"/>
        <source>会员数至少为 1,销售行数不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="426"/>
        <location filename="../model/demo.py" line="881"/>
        <source>正在生成销售记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="431"/>
        <source>正在更新会员统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="436"/>
        <source>示范店已建好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="629"/>
        <source>正在生成会员档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo.py" line="859"/>
        <source>消费后积分达到升级标准</source>
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
        <location filename="../model/importing/runner.py" line="272"/>
        <location filename="../model/sales_import.py" line="110"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="124"/>
        <source>入会日期需要完整的公历日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="126"/>
        <source>入会日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="149"/>
        <location filename="../model/members.py" line="99"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="154"/>
        <source>号码已规范为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="159"/>
        <source>请填写手机号(会员以手机号识别)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="170"/>
        <location filename="../model/importing/members_import.py" line="193"/>
        <source>,已记入备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="181"/>
        <source>卡号应为 3–20 位数字或字母,已记入备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="188"/>
        <source>未设置的会员等级,按积分定级,原等级记入备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="277"/>
        <location filename="../model/sales.py" line="195"/>
        <location filename="../model/sales_import.py" line="129"/>
        <source>导购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="277"/>
        <source>新导购,已添加到导购名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="331"/>
        <location filename="../model/importing/members_import.py" line="343"/>
        <location filename="../model/members.py" line="103"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="331"/>
        <source>同一手机号只能有一位会员,已合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="334"/>
        <source>与第 {n} 行重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="335"/>
        <source>与已有会员 {name}(#{id})重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="336"/>
        <source>手机号相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="336"/>
        <source>姓名和生日相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="339"/>
        <location filename="../model/importing/members_import.py" line="345"/>
        <location filename="../model/importing/members_import.py" line="349"/>
        <location filename="../model/members.py" line="99"/>
        <location filename="../model/staff.py" line="21"/>
        <location filename="../model/staff.py" line="26"/>
        <location filename="../model/staff.py" line="36"/>
        <location filename="../model/staff.py" line="39"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="339"/>
        <source>已跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="343"/>
        <source>手机号已被其他会员使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="345"/>
        <source>按不同会员导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="350"/>
        <source>已补充空白资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="350"/>
        <source>资料无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="373"/>
        <location filename="../model/members.py" line="132"/>
        <location filename="../model/members.py" line="134"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="383"/>
        <location filename="../model/importing/members_import.py" line="435"/>
        <location filename="../model/importing/members_import.py" line="471"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="396"/>
        <location filename="../model/members.py" line="284"/>
        <location filename="../model/members.py" line="291"/>
        <source>卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="396"/>
        <source>卡号已被其他会员使用,已记入备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="397"/>
        <source>原卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="405"/>
        <location filename="../model/loyalty/vouchers.py" line="253"/>
        <location filename="../model/loyalty/vouchers.py" line="255"/>
        <source>积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="405"/>
        <source>该会员已导入过期初积分,未重复计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="407"/>
        <source>导入期初积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="411"/>
        <source>累计消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="411"/>
        <source>该会员已导入过期初消费,未重复计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="415"/>
        <source>导入期初累计消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="455"/>
        <source>另一号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/members_import.py" line="457"/>
        <source>导入姓名</source>
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
        <location filename="../model/loyalty/gifts.py" line="37"/>
        <location filename="../model/members.py" line="286"/>
        <location filename="../model/sales.py" line="153"/>
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
        <location filename="../model/importing/runner.py" line="206"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="207"/>
        <source>读取行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="208"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="209"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="210"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="211"/>
        <source>未导入(有问题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="212"/>
        <location filename="../model/members.py" line="337"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="212"/>
        <source>已写入数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="213"/>
        <source>预览,未写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="213"/>
        <source>有问题行,未写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="277"/>
        <source>未识别的列,内容记入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="292"/>
        <source>此行无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/importing/runner.py" line="324"/>
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
        <location filename="../model/loyalty/daily.py" line="44"/>
        <source>生日月礼券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="88"/>
        <source>{s}消费前列,本季首次消费可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/daily.py" line="107"/>
        <source>{n} 个月未消费设为不活跃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="44"/>
        <source>日期格式应为 2026-05-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="51"/>
        <source>多倍积分日第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="54"/>
        <source>请填写名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="58"/>
        <source>结束日期不能早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="61"/>
        <source>倍率应在 100% 到 1000% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/earning.py" line="97"/>
        <source>生日月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="33"/>
        <source>消费积分 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="36"/>
        <source>消费后达到升级标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="51"/>
        <source>介绍新会员 {name} 首次消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/events.py" line="53"/>
        <source>介绍奖励后达到升级标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="31"/>
        <source>礼品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="31"/>
        <source>请填写礼品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="33"/>
        <source>所需积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="33"/>
        <source>所需积分必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="35"/>
        <location filename="../model/loyalty/gifts.py" line="72"/>
        <source>库存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="35"/>
        <source>库存不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="37"/>
        <source>附赠现金券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="55"/>
        <location filename="../model/loyalty/gifts.py" line="68"/>
        <source>找不到礼品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="70"/>
        <location filename="../model/loyalty/stored_value.py" line="77"/>
        <location filename="../model/loyalty/vouchers.py" line="139"/>
        <location filename="../model/members.py" line="220"/>
        <location filename="../model/sales.py" line="122"/>
        <source>找不到会员 #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="72"/>
        <source>{name} 已无库存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="73"/>
        <source>兑换礼品:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/gifts.py" line="78"/>
        <source>兑换礼品附赠现金券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/incentives.py" line="23"/>
        <source>一次购买满{n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/incentives.py" line="76"/>
        <source>(未指定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="37"/>
        <source>积分不足:当前 {balance} 分,需要 {need} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/ledger.py" line="112"/>
        <source>积分到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="62"/>
        <source>储值余额不足:余额 {b},需要 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="72"/>
        <source>储值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="72"/>
        <source>储值功能未启用(设置 → 积分与等级设置)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="74"/>
        <source>充值金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="74"/>
        <source>充值金额必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="78"/>
        <source>充值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="81"/>
        <source>充{a}送{b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="99"/>
        <source>找不到这笔充值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="101"/>
        <location filename="../model/loyalty/stored_value.py" line="108"/>
        <source>退充值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="101"/>
        <source>这笔充值已经退过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="106"/>
        <source>储值余额不足以退回这笔充值及赠送({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="118"/>
        <source>找不到储值记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="130"/>
        <source>储值凭条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="132"/>
        <source>会员:{name} {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="133"/>
        <source>时间:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="134"/>
        <source>类型:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="135"/>
        <source>金额:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="138"/>
        <source>赠送:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="140"/>
        <source>余额:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="141"/>
        <source>经办:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="142"/>
        <source>流水号:SV{n:06d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/stored_value.py" line="144"/>
        <source>顾客签名:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="61"/>
        <location filename="../model/loyalty/tiers.py" line="79"/>
        <location filename="../model/loyalty/tiers.py" line="81"/>
        <source>会员等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="61"/>
        <source>至少要有一个等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="64"/>
        <source>第 {n} 个等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="67"/>
        <source>请填写等级名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="69"/>
        <source>等级名称重复:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="73"/>
        <source>门槛应为不小于 0 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="75"/>
        <source>折扣应在 1折(100) 到 不打折(1000) 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="79"/>
        <source>最低等级的门槛必须是 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="81"/>
        <source>两个等级的门槛不能相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="207"/>
        <source>入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="233"/>
        <source>锁定原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="233"/>
        <source>请填写锁定等级的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="272"/>
        <location filename="../model/loyalty/tiers.py" line="282"/>
        <source>等级依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="272"/>
        <location filename="../model/loyalty/tiers.py" line="282"/>
        <source>未知的等级依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="292"/>
        <source>等级规则调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="292"/>
        <source>等级规则调整(原等级已取消)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="322"/>
        <source>年度复核降级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/tiers.py" line="344"/>
        <source>宽限期结束降级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="89"/>
        <location filename="../model/loyalty/vouchers.py" line="206"/>
        <source>找不到礼券 #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="96"/>
        <source>找不到礼券:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="130"/>
        <source>券类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="130"/>
        <source>未知券类型:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="132"/>
        <source>面值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="132"/>
        <source>面值必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="136"/>
        <source>有效期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="136"/>
        <source>到期日不能早于生效日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="145"/>
        <source>积分换{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="161"/>
        <location filename="../model/sales.py" line="134"/>
        <location filename="../model/sales.py" line="139"/>
        <location filename="../model/sales.py" line="141"/>
        <source>礼券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="161"/>
        <source>这张券已经用过、过期或作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="167"/>
        <source>不是这位会员的券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="171"/>
        <source>{d} 起可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="173"/>
        <source>已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="179"/>
        <source>仅限本季第一次消费使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="195"/>
        <source>消费抵扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="202"/>
        <source>作废原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="202"/>
        <source>请填写作废原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="210"/>
        <source>礼券 {code} 作废,退回积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="223"/>
        <source>到期未使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="247"/>
        <source>积分换券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="247"/>
        <source>积分换券未启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="253"/>
        <source>积分不足 {n} 分,不能换券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="255"/>
        <source>一年内累计积分不足 {n} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/loyalty/vouchers.py" line="259"/>
        <source>积分满 {n} 分换代金券</source>
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
        <location filename="../model/sales.py" line="195"/>
        <source>没有这位导购</source>
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
        <location filename="../model/safety/backup.py" line="130"/>
        <source>备份文件检查未通过:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="135"/>
        <source>备份文件无法打开:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="199"/>
        <source>找不到数据库文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="201"/>
        <source>目标文件已存在,不会覆盖:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="206"/>
        <source>备份失败:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="321"/>
        <source>恢复后的数据库检查未通过:{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="343"/>
        <source>找不到备份文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="345"/>
        <source>备份文件就是当前数据库,无需恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="355"/>
        <source>数据库文件不见了,但旁边还留着它的日志文件(-wal/-journal),无法安全恢复到这里。请恢复到其他文件夹,或联系技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="369"/>
        <source>数据库文件已被覆盖,且旁边还有未合并的日志文件(-wal),无法自动恢复。原文件已另存为 {saved},请联系技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="387"/>
        <source>无法把备份写入数据库文件({detail})。原数据库已保存为 {saved},请联系技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="445"/>
        <source>找不到所选文件夹:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="482"/>
        <location filename="../model/safety/backup.py" line="484"/>
        <location filename="../model/safety/backup.py" line="527"/>
        <source>这个文件夹里没有有效的会员管家副本:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="487"/>
        <source>副本中缺少数据库文件:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/safety/backup.py" line="489"/>
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
        <location filename="../model/sales.py" line="84"/>
        <source>第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="86"/>
        <source>款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="86"/>
        <source>请填写款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="88"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="88"/>
        <source>单价不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="90"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="90"/>
        <source>数量必须是正整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="92"/>
        <source>折扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="92"/>
        <source>折扣应在 0.1 折到不打折之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="94"/>
        <location filename="../model/sales_import.py" line="169"/>
        <source>实收金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="94"/>
        <source>实收金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="116"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="116"/>
        <source>请至少录入一件商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="134"/>
        <source>同一张券不能用两次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="139"/>
        <source>{code} 不能使用:{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="141"/>
        <source>{code} 用不上:金额已抵扣完</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="153"/>
        <location filename="../model/sales.py" line="155"/>
        <location filename="../model/sales.py" line="157"/>
        <location filename="../model/sales.py" line="159"/>
        <location filename="../model/sales.py" line="161"/>
        <source>储值支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="155"/>
        <source>散客不能用储值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="157"/>
        <source>储值功能未启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="159"/>
        <source>储值支付不能超过应付金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="161"/>
        <source>储值余额不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="179"/>
        <source>{why}:积分 ×{x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="209"/>
        <location filename="../model/sales.py" line="371"/>
        <location filename="../model/sales_import.py" line="179"/>
        <location filename="../model/sales_import.py" line="189"/>
        <source>小票号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="209"/>
        <location filename="../model/sales.py" line="371"/>
        <source>小票号已存在:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="222"/>
        <source>消费支付 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="312"/>
        <source>作废由积分换来的礼券:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="314"/>
        <source>积分已用掉 {n} 分,退款扣减 {m} 分钱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="331"/>
        <source>找不到原销售小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="333"/>
        <source>退货时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="333"/>
        <source>退货时间不能早于原销售时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="337"/>
        <location filename="../model/sales.py" line="345"/>
        <source>退货数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="337"/>
        <source>请选择要退的商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="339"/>
        <location filename="../model/sales.py" line="342"/>
        <source>退货商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="339"/>
        <source>同一商品请合并成一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="342"/>
        <source>该商品不属于原小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="345"/>
        <source>{code} 最多还可退 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="387"/>
        <source>退货 小票 {t},积分已换成此券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="391"/>
        <source>退货扣回积分 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales.py" line="394"/>
        <source>退货退回储值 小票 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="78"/>
        <source>类型应为 销售 或 退货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="86"/>
        <source>数量不能为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="93"/>
        <source>找不到这位会员(手机号或卡号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="96"/>
        <source>退货行需要原小票号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="104"/>
        <source>未填款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="129"/>
        <source>新导购,已添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="138"/>
        <source>同一小票的各行日期时间、会员、类型或原小票号不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="148"/>
        <source>找不到原小票:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="150"/>
        <source>退货会员与原小票会员不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="163"/>
        <source>原小票 {t} 中没有可退的 {code} {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="170"/>
        <source>退款按原小票计算为 {v} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sales_import.py" line="179"/>
        <source>小票号已导入过,跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="76"/>
        <source>分群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/catalog.py" line="76"/>
        <source>没有这个分群:{name}(可用:{keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="121"/>
        <source>会员分群规则(统计周期:最近 {w} 天;退货冲减金额)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="123"/>
        <source>RFM(S1):R = 距上次消费天数,F = 周期内购买次数,M = 周期内消费金额;按本店有过消费的会员的五分位数(20%/40%/60%/80%,最近秩法)打 1–5 分,5 分最好。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="125"/>
        <source>行为矩阵(S2):周期内有消费的会员按客单价(金额÷次数)和购买次数分高低;高 = 高于本店中位数(店主设定数值时为 ≥ 该数值)。低低 普通会员,次数高单价低 常客会员,单价高次数低 潜力会员,双高 高价值会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="128"/>
        <source>价值分层(S3):周期内消费 ≥ 高价值分界为 高价值,≥ 中价值分界为 中价值,其余 低价值;未设定时分界为消费额排名前 20% / 前 50% 的会员的消费额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="130"/>
        <source>客户金字塔(S4):按周期内消费从高到低排序,前 {a}% 为 A白金,至 {ab}% 为 B黄金,至 {abc}% 为 C钢铁,其余(含周期内未消费)为 D重铅;报表显示各层实际人数与消费占比。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="133"/>
        <source>ABC 分类(S5):周期内购买 {lo} 次以下 散客,{lo}–{hi1} 次 中型,{hi} 次及以上 重度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="135"/>
        <source>有效性(S7):累计购买 2 次及以上 有效会员;只买过 1 次 一次性会员(首次消费后未再来);从未消费 未消费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="136"/>
        <source>沉睡(S8):距上次消费(从未消费则距入会)超过 {d1} 天 沉睡6个月,超过 {d2} 天 沉睡12个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="138"/>
        <source>流失预警(S9):累计购买至少 {n} 次的常客,距上次消费的天数超过她平均购买间隔(首末次消费相隔天数÷(次数−1),至少按 7 天计)的 {p}%。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="141"/>
        <source>2012 分级(S10):周期内有消费的会员,次数 ≥ {f} 次为高频,客单价 ≥ {t} 为高单价;低低 普通VIP,高频低单价 常客VIP,低频高单价 潜力VIP,双高 VVIP。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="144"/>
        <source>转换率(S11):上一周期(前 {w} 天)处在某档的会员,本周期达到目标档的比例;目标 0–1次→2次以上 {t0}%,2–4次→5次以上 {t1}%,客单价 250元以下→250元以上 {t2}%,250–500元→500元以上 {t3}%。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="150"/>
        <source>购买类型(S6,累计购买满 {n} 次后判断,按销售小票计,可同时有多个):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="151"/>
        <source>· 新货型:买的件数中,在该款号本店首次售出后 {d} 天内买的占 ≥ {p}%。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="153"/>
        <source>· 促销型:有行折扣(不含会员等级折扣)的小票占 ≥ {p}%。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="154"/>
        <source>· 批量型:平均每张小票 ≥ {n} 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="155"/>
        <source>· 多次型:周期内购买 ≥ {n} 次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="156"/>
        <source>· 单品型:只买 1 件的小票占 ≥ {p}%。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segmentation/config.py" line="157"/>
        <source>· 高价型:平均件单价(实付÷件数)≥ 全店周期内平均件单价的 {p}%。</source>
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
<context>
    <name>widgets</name>
    <message>
        <location filename="../ui/widgets.py" line="39"/>
        <source>请填写金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="43"/>
        <location filename="../ui/widgets.py" line="45"/>
        <source>不是有效的金额:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="47"/>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="50"/>
        <source>金额最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="52"/>
        <source>金额太大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="74"/>
        <source>折扣写法:9 表示9折,95 表示9.5折,空白表示不打折</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="82"/>
        <location filename="../ui/widgets.py" line="85"/>
        <source>数量必须是正整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="87"/>
        <source>数量太大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="103"/>
        <source>公历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="104"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="106"/>
        <source>年(可不填)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="110"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="135"/>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="136"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="138"/>
        <source>{n}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="140"/>
        <source>{n}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="160"/>
        <location filename="../ui/widgets.py" line="164"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="160"/>
        <source>请同时选择月和日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="164"/>
        <source>年份应为数字,如 1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="190"/>
        <source>(未指定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="221"/>
        <source>选择会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="224"/>
        <source>输入手机尾号、姓名或拼音</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="226"/>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="227"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
