#include "ui/request/multiparteditor.h"

#include "ui/widgets/tableviews.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

constexpr int s_text = 0;
constexpr int s_file = 1;

} // namespace

MultipartEditor::MultipartEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("multipartEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("multipartTable"));
    m_table->setAccessibleName(tr("Multipart parts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Value or file"), tr("Content-Type")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tableviews::setCompactRows(m_table);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *addText = new QPushButton(tr("Add Text Part"), this);
    addText->setObjectName(QStringLiteral("addTextPartButton"));
    auto *addFile = new QPushButton(tr("Add File Part…"), this);
    addFile->setObjectName(QStringLiteral("addFilePartButton"));
    m_browse = new QPushButton(tr("Choose File…"), this);
    m_browse->setObjectName(QStringLiteral("choosePartFileButton"));
    m_browse->setToolTip(tr("Choose the file of the selected file part"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removePartButton"));
    buttons->addWidget(addText);
    buttons->addWidget(addFile);
    buttons->addWidget(m_browse);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);

    connect(addText, &QPushButton::clicked, this, &MultipartEditor::addTextPart);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->openFileName(this, tr("Choose a File to Send"));
        if (!path.isEmpty())
            addFilePart(path);
    });
    connect(m_browse, &QPushButton::clicked, this, &MultipartEditor::chooseFileForCurrentRow);
    connect(remove, &QPushButton::clicked, this, &MultipartEditor::removeSelectedParts);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit changed();
    });
}

QList<MultipartPart> MultipartEditor::parts() const
{
    QList<MultipartPart> parts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        MultipartPart part;
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        part.name = name->text();
        part.enabled = name->checkState() == Qt::Checked;
        const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
        part.isFile = kind->currentIndex() == s_file;
        const QString value = m_table->item(row, ValueColumn)->text();
        if (part.isFile)
            part.filePath = value;
        else
            part.value = value;
        part.contentType = m_table->item(row, ContentTypeColumn)->text().trimmed();
        parts.append(part);
    }
    return parts;
}

void MultipartEditor::setParts(const QList<MultipartPart> &parts)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const MultipartPart &part : parts)
        appendRow(part);
    m_updating = false;
}

void MultipartEditor::appendRow(const MultipartPart &part)
{
    const bool updating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(part.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(part.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, ValueColumn,
                     new QTableWidgetItem(part.isFile ? part.filePath : part.value));
    auto *type = new QTableWidgetItem(part.contentType);
    type->setToolTip(tr("Empty: text/plain for text, guessed from the file name for files"));
    m_table->setItem(row, ContentTypeColumn, type);
    auto *kind = new QComboBox(m_table);
    kind->setObjectName(QStringLiteral("partKindCombo_%1").arg(row));
    kind->addItem(tr("Text"));
    kind->addItem(tr("File"));
    kind->setCurrentIndex(part.isFile ? s_file : s_text);
    m_table->setCellWidget(row, KindColumn, kind);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind](int index) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, KindColumn) == kind)
                setRowKind(r, index == s_file);
        }
        emit changed();
    });
    setRowKind(row, part.isFile);
    m_updating = updating;
}

void MultipartEditor::setRowKind(int row, bool isFile)
{
    QTableWidgetItem *value = m_table->item(row, ValueColumn);
    value->setToolTip(isFile ? tr("Path of the file to send") : tr("Text value"));
    value->setData(Qt::ForegroundRole, isFile ? QVariant(QColor(0x1a, 0x73, 0xe8)) : QVariant());
}

void MultipartEditor::addTextPart()
{
    appendRow(MultipartPart{});
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    emit changed();
}

void MultipartEditor::addFilePart(const QString &path)
{
    MultipartPart part;
    part.isFile = true;
    part.filePath = path;
    part.name = QFileInfo(path).completeBaseName();
    appendRow(part);
    emit changed();
}

void MultipartEditor::removeSelectedParts()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    emit changed();
}

void MultipartEditor::chooseFileForCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString path = m_dialogs->openFileName(this, tr("Choose the File of This Part"),
                                                 m_table->item(row, ValueColumn)->text());
    if (path.isEmpty())
        return;
    qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->setCurrentIndex(s_file);
    m_table->item(row, ValueColumn)->setText(path);
}

} // namespace wirescope
