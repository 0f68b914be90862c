#include "tst_codegen_golden.h"

#include "core/interop/codegenrequest.h"

#include <QTest>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::Request)
Q_DECLARE_METATYPE(wirescope::CodeLanguage)

static QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

class tst_Codegen : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<CodeLanguage>("language");
        QTest::addColumn<CodegenOptions>("options");
        QTest::addColumn<QString>("expected");
        for (const CodegenGolden &g : codegenGoldens())
            QTest::newRow(g.name) << g.request << g.language << g.options << g.expected;
    }
    void golden()
    {
        QFETCH(Request, request);
        QFETCH(CodeLanguage, language);
        QFETCH(CodegenOptions, options);
        QFETCH(QString, expected);
        const auto code = generateCode(request, language, options);
        QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
        if (*code != expected) {
            qWarning().noquote() << "generated:\n" << *code << "\nexpected:\n" << expected;
        }
        QCOMPARE(*code, expected);
    }

    void notesNameLimitations_data()
    {
        QTest::addColumn<CodeLanguage>("language");
        QTest::addColumn<QString>("note");
        QTest::newRow("fetch digest") << CodeLanguage::JavaScriptFetch << "fetch has no Digest";
        QTest::newRow("axios digest") << CodeLanguage::JavaScriptAxios << "axios has no Digest";
        QTest::newRow("node digest") << CodeLanguage::NodeHttps << "no Digest authentication";
        QTest::newRow("fetch insecure")
            << CodeLanguage::JavaScriptFetch << "cannot change certificate checks";
    }
    void notesNameLimitations()
    {
        QFETCH(CodeLanguage, language);
        QFETCH(QString, note);
        QStringList notes;
        const auto code = generateCode(postBinary(), language, {}, &notes);
        QVERIFY(code);
        QVERIFY2(notes.join(u'\n').contains(note), qPrintable(notes.join(u'\n')));
        // The notes are in the code too, as comments.
        QVERIFY(code->contains(QStringLiteral("// note: ") + notes.first()));
    }

    void errors_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("message");
        Request badMethod = getWithHeader();
        badMethod.method = QStringLiteral("GE T");
        QTest::newRow("method") << badMethod << "not a valid HTTP method token";
        Request injection = getWithHeader();
        injection.headers = {kv(QStringLiteral("X-A"), QStringLiteral("a\r\nX-Evil: 1"))};
        QTest::newRow("header injection") << injection << "header injection";
        Request badName = getWithHeader();
        badName.headers = {kv(QStringLiteral("X A"), QStringLiteral("1"))};
        QTest::newRow("header name") << badName << "not a valid header name";
        Request noFile = postBinary();
        noFile.body.binaryFilePath.clear();
        QTest::newRow("binary without file") << noFile << "no file selected";
        Request badUrl;
        badUrl.url = QStringLiteral("ftp://h/x");
        QTest::newRow("scheme") << badUrl << "unsupported URL scheme";
    }
    void errors()
    {
        QFETCH(Request, request);
        QFETCH(QString, message);
        for (CodeLanguage language : supportedLanguages()) {
            const auto code = generateCode(request, language);
            QVERIFY(!code);
            QVERIFY2(code.error().message.contains(message), qPrintable(code.error().message));
        }
    }

    void unresolvedVariablesAreNamed()
    {
        Request r;
        r.url = QStringLiteral("http://h.test/x");
        r.headers = {kv(QStringLiteral("X-Id"), QStringLiteral("{{missing}}"))};
        QStringList notes;
        const auto code = generateCode(r, CodeLanguage::PythonRequests, {}, &notes);
        QVERIFY(code);
        QCOMPARE(notes.first(), QStringLiteral("unresolved variables left as {{name}}: missing"));
        QVERIFY(code->startsWith(
            QStringLiteral("# note: unresolved variables left as {{name}}: missing\n")));
        QVERIFY(code->contains(QStringLiteral("'X-Id': '{{missing}}'")));

        r.url = QStringLiteral("{{base}}/x");
        const auto failed = generateCode(r, CodeLanguage::Curl);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.endsWith(
                     QStringLiteral("(unresolved variables: base, missing)")),
                 qPrintable(failed.error().message));
    }

    void everyLanguageHasAName()
    {
        QCOMPARE(supportedLanguages().size(), 7);
        QSet<QString> ids;
        for (CodeLanguage language : supportedLanguages()) {
            QVERIFY(!codeLanguageDisplayName(language).isEmpty());
            QVERIFY(!codeLanguageFileSuffix(language).isEmpty());
            ids.insert(codeLanguageId(language));
            QCOMPARE(codeLanguageFromId(codeLanguageId(language)).value_or(CodeLanguage::Curl),
                     language);
        }
        QCOMPARE(ids.size(), 7);
        QVERIFY(!codeLanguageFromId(u"cobol"));
    }

    void literals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("js");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("cpp");
        QTest::newRow("plain") << "abc"
                               << "abc"
                               << "'abc'"
                               << "'abc'"
                               << "\"abc\"";
        QTest::newRow("empty") << ""
                               << "''"
                               << "''"
                               << "''"
                               << "\"\"";
        QTest::newRow("quotes") << "a'b\"c"
                                << "'a'\\''b\"c'"
                                << "'a\\'b\"c'"
                                << "'a\\'b\"c'"
                                << "\"a'b\\\"c\"";
        QTest::newRow("backslash newline tab") << "a\\b\nc\td"
                                               << "'a\\b\nc\td'"
                                               << "'a\\\\b\\nc\\td'"
                                               << "'a\\\\b\\nc\\td'"
                                               << "\"a\\\\b\\nc\\td\"";
        QTest::newRow("control") << QStringLiteral("a\x01z") << "'a\x01z'"
                                 << "'a\\x01z'"
                                 << "'a\\x01z'"
                                 << "\"a\\001z\"";
        QTest::newRow("unicode") << u8("é€😀") << u8("'é€😀'") << u8("'é€😀'") << u8("'é€😀'")
                                 << "\"\\303\\251\\342\\202\\254\\360\\237\\230\\200\"";
        QTest::newRow("line separator")
            << QString(QChar(0x2028)) << QString(u'\'' + QChar(0x2028) + u'\'') << "'\\u2028'"
            << QString(u'\'' + QChar(0x2028) + u'\'') << "\"\\342\\200\\250\"";
        QTest::newRow("trigraph") << "?\?="
                                  << "'?\?='"
                                  << "'?\?='"
                                  << "'?\?='"
                                  << "\"\\?\\?=\"";
    }
    void literals()
    {
        QFETCH(QString, text);
        QFETCH(QString, shell);
        QFETCH(QString, js);
        QFETCH(QString, python);
        QFETCH(QString, cpp);
        QCOMPARE(codegen::shellQuote(text), shell);
        QCOMPARE(codegen::jsString(text), js);
        QCOMPARE(codegen::pythonString(text), python);
        QCOMPARE(codegen::cppBytes(text.toUtf8()), cpp);
    }
    void qstringLiteral()
    {
        QCOMPARE(codegen::cppQString(u8("é😀\"")),
                 QStringLiteral("QStringLiteral(\"\\u00e9\\U0001f600\\\"\")"));
    }
};

QTEST_GUILESS_MAIN(tst_Codegen)
#include "tst_codegen.moc"
