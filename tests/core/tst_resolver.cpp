#include "core/vars/resolver.h"
#include "core/vars/unresolved.h"

#include <QTest>

using namespace wirescope;

class tst_Resolver : public QObject
{
    Q_OBJECT

private:
    static DynamicVariables fixed()
    {
        DynamicVariables d;
        int counter = 0;
        d.uuid = [counter]() mutable {
            return QStringLiteral("uuid-%1").arg(++counter);
        };
        d.nowMsecsSinceEpoch = [] {
            return qint64(1700000000123);
        };
        d.randomInt = [] {
            return 42;
        };
        return d;
    }

    static VariableContext context()
    {
        VariableContext c;
        c.set(VariableScope::Global, QStringLiteral("host"), QStringLiteral("global.example"));
        c.set(VariableScope::Collection, QStringLiteral("host"), QStringLiteral("coll.example"));
        c.set(VariableScope::Environment, QStringLiteral("host"), QStringLiteral("env.example"));
        c.set(VariableScope::Global, QStringLiteral("onlyGlobal"), QStringLiteral("g"));
        c.set(VariableScope::Collection, QStringLiteral("version"), QStringLiteral("v1"));
        c.set(VariableScope::Environment, QStringLiteral("base"),
              QStringLiteral("https://{{host}}/{{version}}"));
        c.set(VariableScope::Environment, QStringLiteral("a"), QStringLiteral("{{b}}"));
        c.set(VariableScope::Environment, QStringLiteral("b"), QStringLiteral("{{a}}"));
        c.set(VariableScope::Local, QStringLiteral("token"), QStringLiteral("s3cret"), true);
        return c;
    }

private slots:
    void resolveText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unresolved");

        QTest::newRow("plain") << "no vars"
                               << "no vars" << QStringList();
        QTest::newRow("env beats collection and global") << "{{host}}"
                                                         << "env.example" << QStringList();
        QTest::newRow("global only") << "{{onlyGlobal}}"
                                     << "g" << QStringList();
        QTest::newRow("trimmed name") << "{{  host  }}"
                                      << "env.example" << QStringList();
        QTest::newRow("nested") << "{{base}}/users"
                                << "https://env.example/v1/users" << QStringList();
        QTest::newRow("unknown kept and listed")
            << "x{{nope}}y{{nope}}{{other}}"
            << "x{{nope}}y{{nope}}{{other}}"
            << QStringList{QStringLiteral("nope"), QStringLiteral("other")};
        QTest::newRow("cycle left unresolved") << "{{a}}"
                                               << "{{a}}" << QStringList{QStringLiteral("a")};
        QTest::newRow("empty braces literal") << "{{}}"
                                              << "{{}}" << QStringList();
        QTest::newRow("unterminated") << "{{host"
                                      << "{{host" << QStringList();
        QTest::newRow("brace inside") << "{{ {{host}}"
                                      << "{{ env.example" << QStringList();
        QTest::newRow("timestamp") << "{{$timestamp}}"
                                   << "1700000000" << QStringList();
        QTest::newRow("iso") << "{{$isoTimestamp}}"
                             << "2023-11-14T22:13:20.123Z" << QStringList();
        QTest::newRow("randomInt") << "{{$randomInt}}"
                                   << "42" << QStringList();
        QTest::newRow("uuid once per pass") << "{{$uuid}} {{$uuid}}"
                                            << "uuid-1 uuid-1" << QStringList();
        QTest::newRow("unknown dynamic") << "{{$nope}}"
                                         << "{{$nope}}" << QStringList{QStringLiteral("$nope")};
        QTest::newRow("local secret") << "Bearer {{token}}"
                                      << "Bearer s3cret" << QStringList();
    }

    void resolveText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QStringList, unresolved);
        const Resolution r = wirescope::resolveText(input, context(), fixed());
        QCOMPARE(r.text, expected);
        QCOMPARE(r.unresolved, unresolved);
    }

    void lookupReportsScope()
    {
        const auto v = context().lookup(QStringLiteral("version"));
        QVERIFY(v);
        QCOMPARE(v->scope, VariableScope::Collection);
        QCOMPARE(context().lookup(QStringLiteral("token"))->secret, true);
        QVERIFY(!context().lookup(QStringLiteral("missing")));
    }

    void resolvedViewListsWinners()
    {
        const auto view = context().resolvedView();
        QStringList names;
        for (const auto &[name, var] : view) {
            names.append(name);
            if (name == QLatin1String("host")) {
                QCOMPARE(var.value, QStringLiteral("env.example"));
                QCOMPARE(var.scope, VariableScope::Environment);
            }
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("base"),
                              QStringLiteral("host"), QStringLiteral("onlyGlobal"),
                              QStringLiteral("token"), QStringLiteral("version")}));
    }

    void resolveRequestEveryField()
    {
        Request r;
        r.method = QStringLiteral("{{method}}");
        r.url = QStringLiteral("{{base}}/x?id={{$uuid}}");
        r.headers = {{QStringLiteral("X-Id"), QStringLiteral("{{$uuid}}"), true, {}},
                     {QStringLiteral("X-Off"), QStringLiteral("{{nope}}"), false, {}}};
        r.body.kind = BodyKind::Raw;
        r.body.raw = QStringLiteral("{\"host\":\"{{host}}\",\"m\":\"{{missing}}\"}");
        r.auth.kind = AuthKind::Bearer;
        r.auth.token = QStringLiteral("{{token}}");
        VariableContext c = context();
        c.set(VariableScope::Local, QStringLiteral("method"), QStringLiteral("PATCH"));
        QStringList unresolved;
        const Request out = resolveRequest(r, c, fixed(), &unresolved);
        QCOMPARE(out.method, QStringLiteral("PATCH"));
        QCOMPARE(out.url, QStringLiteral("https://env.example/v1/x?id=uuid-1"));
        QCOMPARE(out.headers.at(0).value, QStringLiteral("uuid-1"));   // same uuid in one request
        QCOMPARE(out.headers.at(1).value, QStringLiteral("{{nope}}")); // disabled rows untouched
        QCOMPARE(out.body.raw, QStringLiteral("{\"host\":\"env.example\",\"m\":\"{{missing}}\"}"));
        QCOMPARE(out.auth.token, QStringLiteral("s3cret"));
        QCOMPARE(unresolved, QStringList{QStringLiteral("missing")});
    }

    void resolveGraphQLBody()
    {
        Request r;
        r.body.kind = BodyKind::GraphQL;
        r.body.graphql.query = QStringLiteral("query { user(id: \"{{token}}\") { name } }");
        r.body.graphql.variables = QStringLiteral("{\"host\": \"{{host}}\", \"x\": \"{{gone}}\"}");
        r.body.graphql.operationName = QStringLiteral("Op{{version}}");
        QStringList unresolved;
        const Request out = resolveRequest(r, context(), fixed(), &unresolved);
        QCOMPARE(out.body.graphql.query, QStringLiteral("query { user(id: \"s3cret\") { name } }"));
        QCOMPARE(out.body.graphql.variables,
                 QStringLiteral("{\"host\": \"env.example\", \"x\": \"{{gone}}\"}"));
        QCOMPARE(out.body.graphql.operationName, QStringLiteral("Opv1"));
        QCOMPARE(unresolved, QStringList{QStringLiteral("gone")});
    }

    void variableSpans()
    {
        const auto spans = wirescope::variableSpans(u"a{{x}}b{{ y }}{{}}c{{z");
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0), qMakePair(1, 5));
        QCOMPARE(spans.at(1), qMakePair(7, 7));
    }

    void describeUnresolved_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("one, no environment")
            << QStringList{QStringLiteral("demo")} << QString()
            << "{{demo}} is not defined in any scope (no environment is active)";
        QTest::newRow("two, an environment")
            << QStringList{QStringLiteral("host"), QStringLiteral("id")} << "Staging"
            << "{{host}} and {{id}} are not defined in any scope (the active environment is "
               "\"Staging\")";
        QTest::newRow("three") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("c")}
                               << QString()
                               << "{{a}}, {{b}} and {{c}} are not defined in any scope (no "
                                  "environment is active)";
        QTest::newRow("none") << QStringList{} << QString() << QString();
    }
    void describeUnresolved()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, environment);
        QFETCH(QString, sentence);
        VariableContext context;
        context.setEnvironmentName(environment);
        QCOMPARE(wirescope::describeUnresolved(names, context), sentence);
    }

    void variableNamesLeftInText()
    {
        QCOMPARE(variableNamesIn(u"{{a}}/x/{{ b }}/{{a}}"),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(variableNamesIn(u"http://h/{x}"), QStringList{});
        QCOMPARE(variableNamesInOrigin(u"{{demo}}/get/{{id}}"),
                 QStringList{QStringLiteral("demo")});
        QCOMPARE(variableNamesInOrigin(u"https://{{host}}:{{port}}/x?q={{q}}"),
                 (QStringList{QStringLiteral("host"), QStringLiteral("port")}));
        QCOMPARE(variableNamesInOrigin(u"http://h/{{id}}"), QStringList{});
        // What resolution leaves behind is what the message names.
        VariableContext context;
        context.set(VariableScope::Global, QStringLiteral("a"), QStringLiteral("1"));
        const Resolution r = wirescope::resolveText(u"{{a}}/{{missing}}", context, fixed());
        QCOMPARE(variableNamesIn(r.text), r.unresolved);
    }
};

QTEST_GUILESS_MAIN(tst_Resolver)
#include "tst_resolver.moc"
