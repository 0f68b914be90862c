// HeaderListModel: read-only headers as received or as sent, engine-added ones dimmed.

#include "ui/models/headerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using wirescope::HeaderListModel;
using wirescope::KeyValue;
using wirescope::KeyValueList;

class tst_HeaderListModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsHeadersInOrder();
    void marksEngineAddedHeaders();
    void isReadOnly();
    void copiesAsText();
};

namespace {

KeyValueList headers()
{
    return {KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
            KeyValue{QStringLiteral("User-Agent"), QStringLiteral("Wirescope/0.1"), true, {}},
            KeyValue{QStringLiteral("X-Custom"), QStringLiteral("1"), true, {}}};
}

} // namespace

void tst_HeaderListModel::showsHeadersInOrder()
{
    HeaderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setHeaders(headers());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, HeaderListModel::NameColumn).data().toString(),
             QStringLiteral("Content-Type"));
    QCOMPARE(model.index(2, HeaderListModel::ValueColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_HeaderListModel::marksEngineAddedHeaders()
{
    HeaderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHeaders(headers(), {QStringLiteral("user-agent")});
    QVERIFY(!model.isAddedByEngine(0));
    QVERIFY(model.isAddedByEngine(1));
    QVERIFY(model.index(1, 0).data(HeaderListModel::AddedByEngineRole).toBool());
    QVERIFY(model.index(1, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("engine")));
}

void tst_HeaderListModel::isReadOnly()
{
    HeaderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHeaders(headers());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
}

void tst_HeaderListModel::copiesAsText()
{
    HeaderListModel model;
    model.setHeaders(headers());
    QCOMPARE(model.toText({model.index(2, 1), model.index(0, 0), model.index(0, 1)}),
             QStringLiteral("Content-Type: application/json\nX-Custom: 1\n"));
    QCOMPARE(model.toText().count(u'\n'), 3);
}

QTEST_MAIN(tst_HeaderListModel)
#include "tst_headerlistmodel.moc"
