// KeyValueModel: the editable Name/Value table under params, headers and form fields.

#include "ui/models/keyvaluemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using wirescope::KeyValue;
using wirescope::KeyValueList;
using wirescope::KeyValueModel;

class tst_KeyValueModel final : public QObject
{
    Q_OBJECT

private slots:
    void emptyModelHasPlaceholderRow();
    void setRowsShowsRowsAndKeepsPlaceholderLast();
    void setRowsChangesMinimally();
    void typingIntoPlaceholderAppendsRow();
    void emptyPlaceholderEditCreatesNothing();
    void editCellsAndCheckbox();
    void removeRowsNeverRemovesPlaceholder();
    void insertRows();
    void valuesOnlyMode();
    void readOnlyMode();
};

namespace {

KeyValueList sample()
{
    return {KeyValue{QStringLiteral("a"), QStringLiteral("1"), true, {}},
            KeyValue{QStringLiteral("b"), QStringLiteral("2"), false, QStringLiteral("off")},
            KeyValue{QStringLiteral("c"), QString(), true, {}}};
}

} // namespace

void tst_KeyValueModel::emptyModelHasPlaceholderRow()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(KeyValueModel::ColumnCount));
    QVERIFY(model.isPlaceholderRow(0));
    QVERIFY(model.rows().isEmpty());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), QString());
}

void tst_KeyValueModel::setRowsShowsRowsAndKeepsPlaceholderLast()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &KeyValueModel::edited);
    model.setRows(sample());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.isPlaceholderRow(3));
    QCOMPARE(model.index(0, KeyValueModel::NameColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, KeyValueModel::ValueColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(1, KeyValueModel::DescriptionColumn).data().toString(),
             QStringLiteral("off"));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // disabled rows are dimmed
    QCOMPARE(edited.count(), 0);                                   // setRows is not a user edit
}

void tst_KeyValueModel::setRowsChangesMinimally()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    KeyValueList rows = sample();
    rows[2].value = QStringLiteral("3");
    model.setRows(rows);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);

    rows.append(KeyValue{QStringLiteral("d"), QStringLiteral("4"), true, {}});
    model.setRows(rows);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QVERIFY(model.isPlaceholderRow(4));

    model.setRows(rows.mid(0, 1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rows(), rows.mid(0, 1));
    QCOMPARE(reset.count(), 0);
}

void tst_KeyValueModel::typingIntoPlaceholderAppendsRow()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    QSignalSpy edited(&model, &KeyValueModel::edited);

    QVERIFY(model.setData(model.index(3, KeyValueModel::ValueColumn), QStringLiteral("v")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(model.rows().size(), 4);
    QCOMPARE(model.rows().last().value, QStringLiteral("v"));
    QCOMPARE(model.rows().last().name, QString());
    QVERIFY(model.rows().last().enabled);
    QVERIFY(model.isPlaceholderRow(4));

    QVERIFY(model.setData(model.index(4, KeyValueModel::NameColumn), QStringLiteral("n")));
    QCOMPARE(model.rows().last().name, QStringLiteral("n"));
    QCOMPARE(model.rowCount(), 6);
}

void tst_KeyValueModel::emptyPlaceholderEditCreatesNothing()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &KeyValueModel::edited);
    QVERIFY(!model.setData(model.index(0, 0), QString()));
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(edited.count(), 0);
}

void tst_KeyValueModel::editCellsAndCheckbox()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    QSignalSpy edited(&model, &KeyValueModel::edited);

    QVERIFY(model.setData(model.index(0, KeyValueModel::NameColumn), QStringLiteral("alpha")));
    QVERIFY(model.setData(model.index(0, KeyValueModel::ValueColumn), QStringLiteral("one")));
    QVERIFY(model.setData(model.index(0, KeyValueModel::DescriptionColumn), QStringLiteral("d")));
    QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(edited.count(), 4);
    QCOMPARE(model.rows().at(0),
             (KeyValue{QStringLiteral("alpha"), QStringLiteral("one"), true, QStringLiteral("d")}));
    QVERIFY(model.rows().at(1).enabled);

    // Setting the same value is accepted but is not an edit.
    QVERIFY(model.setData(model.index(0, KeyValueModel::ValueColumn), QStringLiteral("one")));
    QCOMPARE(edited.count(), 4);
}

void tst_KeyValueModel::removeRowsNeverRemovesPlaceholder()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    QSignalSpy edited(&model, &KeyValueModel::edited);
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.rows().size(), 2);
    QCOMPARE(model.rows().at(1).name, QStringLiteral("c"));
    QVERIFY(!model.removeRows(2, 1)); // the placeholder
    QVERIFY(model.removeRows(0, 5));  // clamped to real rows
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(edited.count(), 2);
}

void tst_KeyValueModel::insertRows()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    QVERIFY(model.insertRows(1, 2));
    QCOMPARE(model.rows().size(), 5);
    QCOMPARE(model.rows().at(1), KeyValue{});
    QCOMPARE(model.rows().at(3).name, QStringLiteral("b"));
    QVERIFY(!model.insertRows(7, 1));
}

void tst_KeyValueModel::valuesOnlyMode()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditMode(KeyValueModel::EditMode::ValuesOnly);
    model.setRows(sample());
    QCOMPARE(model.rowCount(), 3); // no placeholder: rows come from elsewhere (the URL)
    QVERIFY(!(model.flags(model.index(0, KeyValueModel::NameColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, KeyValueModel::NameColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.flags(model.index(0, KeyValueModel::ValueColumn)) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(model.index(0, KeyValueModel::NameColumn), QStringLiteral("x")));
    QVERIFY(model.setData(model.index(0, KeyValueModel::ValueColumn), QStringLiteral("x")));
    QCOMPARE(model.rows().at(0).value, QStringLiteral("x"));
    QVERIFY(!model.removeRows(0, 1));
}

void tst_KeyValueModel::readOnlyMode()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    model.setEditMode(KeyValueModel::EditMode::ReadOnly);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!model.index(0, 0).data(Qt::CheckStateRole).isValid());
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("x")));
    QVERIFY(!model.removeRows(0, 1));
}

QTEST_MAIN(tst_KeyValueModel)
#include "tst_keyvaluemodel.moc"
