// The one tokenizer of wirescope-cli's options, table-tested: spellings, values, clusters,
// repeats, `--`, help, and the errors (each naming the option as written).

#include "app/cli/optiontokenizer.h"
#include "app/cli/sharedoption.h"
#include "tests/support/arglist.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

namespace {

enum Id { Flag = 1, Value, Other, NoProxy, Help = int(SharedOption::Help) };

OptionTable testTable()
{
    return {
        OptionSpec{"flag", 'f', nullptr, Flag},
        OptionSpec{"value", 'v', "X", Value},
        OptionSpec{"other", 'o', nullptr, Other},
        OptionSpec{"noproxy", 0, nullptr, NoProxy, nullptr, "*"},
        OptionSpec{"help", 'h', nullptr, Help},
    };
}

/// Tokens as "id:spelled=value" ("0:=value" for positional ones), to compare as text.
QStringList describe(const QList<OptionToken> &tokens)
{
    QStringList out;
    for (const OptionToken &t : tokens)
        out.append(QStringLiteral("%1:%2=%3").arg(t.id).arg(t.spelled, t.value));
    return out;
}

} // namespace

class tst_OptionTokenizer final : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void unknownOptionNoun();
};

void tst_OptionTokenizer::tokens_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing") << A({}) << A({});
    QTest::newRow("positional") << A({"url"}) << A({"0:=url"});
    QTest::newRow("long flag") << A({"--flag", "url"}) << A({"1:--flag=", "0:=url"});
    QTest::newRow("long value, space") << A({"--value", "x y"}) << A({"2:--value=x y"});
    QTest::newRow("long value, equals") << A({"--value=a=b"}) << A({"2:--value=a=b"});
    QTest::newRow("long value, empty equals") << A({"--value="}) << A({"2:--value="});
    QTest::newRow("value that looks like an option")
        << A({"--value", "--flag"}) << A({"2:--value=--flag"});
    QTest::newRow("short flag") << A({"-f"}) << A({"1:-f="});
    QTest::newRow("short value, space") << A({"-v", "x"}) << A({"2:-v=x"});
    QTest::newRow("short value, attached") << A({"-vPOST"}) << A({"2:-v=POST"});
    QTest::newRow("cluster of flags") << A({"-fo"}) << A({"1:-f=", "3:-o="});
    QTest::newRow("cluster ending in a value")
        << A({"-fvx", "u"}) << A({"1:-f=", "2:-v=x", "0:=u"});
    QTest::newRow("cluster, value from next argument") << A({"-fv", "x"}) << A({"1:-f=", "2:-v=x"});
    QTest::newRow("repeatable, in order")
        << A({"-v", "1", "--value", "2", "-v3"}) << A({"2:-v=1", "2:--value=2", "2:-v=3"});
    QTest::newRow("lone dash is positional") << A({"-", "-f"}) << A({"0:=-", "1:-f="});
    QTest::newRow("double dash ends options")
        << A({"-f", "--", "-v", "--flag"}) << A({"1:-f=", "0:=-v", "0:=--flag"});
    QTest::newRow("second double dash is positional") << A({"--", "--"}) << A({"0:=--"});
    QTest::newRow("swallows its star") << A({"--noproxy", "*", "u"}) << A({"4:--noproxy=", "0:=u"});
    QTest::newRow("other text is not swallowed")
        << A({"--noproxy", "u"}) << A({"4:--noproxy=", "0:=u"});
    QTest::newRow("help stops reading")
        << A({"-f", "--help", "--bogus", "-v"}) << A({"1:-f=", "1000:--help="});
    QTest::newRow("help in a cluster stops reading")
        << A({"-fhZ", "--bogus"}) << A({"1:-f=", "1000:-h="});
    QTest::newRow("help after --- is positional") << A({"--", "--help"}) << A({"0:=--help"});
    QTest::newRow("help as a value is a value") << A({"-v", "-h"}) << A({"2:-v=-h"});
}

void tst_OptionTokenizer::tokens()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const OptionTokenizer tokenizer(QStringLiteral("test"), testTable());
    const auto tokens = tokenizer.tokenize(args);
    QVERIFY2(tokens, tokens ? "" : qPrintable(tokens.error().message));
    QCOMPARE(describe(*tokens), expected);
}

void tst_OptionTokenizer::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown long") << A({"--frob", "u"})
                                  << "unknown option --frob (see wirescope-cli test --help)";
    QTest::newRow("unknown long with value")
        << A({"--frob=1"}) << "unknown option --frob (see wirescope-cli test --help)";
    QTest::newRow("unknown short")
        << A({"-Z"}) << "unknown option -Z (see wirescope-cli test --help)";
    QTest::newRow("unknown inside a cluster")
        << A({"-fZo"}) << "unknown option -Z (see wirescope-cli test --help)";
    QTest::newRow("long without its value")
        << A({"u", "--value"}) << "option --value needs a value";
    QTest::newRow("short without its value") << A({"u", "-v"}) << "option -v needs a value";
    QTest::newRow("cluster without its value") << A({"-fv"}) << "option -v needs a value";
    QTest::newRow("flag given a value") << A({"--flag=1"}) << "option --flag takes no value";
    QTest::newRow("error before help wins")
        << A({"--frob", "--help"}) << "unknown option --frob (see wirescope-cli test --help)";
    QTest::newRow("single-dash long name")
        << A({"-flag"}) << "unknown option -l (see wirescope-cli test --help)";
}

void tst_OptionTokenizer::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const OptionTokenizer tokenizer(QStringLiteral("test"), testTable());
    const auto tokens = tokenizer.tokenize(args);
    QVERIFY(!tokens);
    QCOMPARE(tokens.error().kind, Error::Kind::InvalidRequest);
    QCOMPARE(tokens.error().message, message);
}

void tst_OptionTokenizer::unknownOptionNoun()
{
    OptionTokenizer tokenizer(QStringLiteral("serve"), testTable());
    tokenizer.setUnknownOptionNoun(QStringLiteral("serve option"));
    const auto tokens = tokenizer.tokenize(A({"--bogus"}));
    QVERIFY(!tokens);
    QCOMPARE(tokens.error().message,
             QStringLiteral("unknown serve option --bogus (see wirescope-cli serve --help)"));
}

QTEST_APPLESS_MAIN(tst_OptionTokenizer)
#include "tst_optiontokenizer.moc"
