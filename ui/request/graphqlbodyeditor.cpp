#include "ui/request/graphqlbodyeditor.h"

#include "core/graphql/graphqlcompletion.h"
#include "core/http/graphqlpayload.h"
#include "ui/graphql/schemabrowser.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/displayformat.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace wirescope {

GraphQLBodyEditor::GraphQLBodyEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphqlBodyEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("graphqlTransportCombo"));
    m_transport->setAccessibleName(tr("GraphQL transport"));
    m_transport->addItem(tr("POST (JSON body)"), int(GraphQLTransport::Post));
    m_transport->addItem(tr("GET (URL parameters)"), int(GraphQLTransport::Get));
    m_operationName = new QLineEdit(this);
    m_operationName->setObjectName(QStringLiteral("graphqlOperationName"));
    m_operationName->setAccessibleName(tr("Operation name"));
    m_operationName->setPlaceholderText(tr("Operation name (optional)"));
    bar->addWidget(new QLabel(tr("Send as:"), this));
    bar->addWidget(m_transport);
    bar->addWidget(m_operationName, 1);
    m_fetchSchema = new QPushButton(tr("Fetch schema"), this);
    m_fetchSchema->setObjectName(QStringLiteral("graphqlFetchSchemaButton"));
    m_fetchSchema->setToolTip(tr("Send the introspection query to the request's URL, with its "
                                 "headers and auth, and keep the schema beside the collection"));
    bar->addWidget(m_fetchSchema);
    m_schemaToggle = new QToolButton(this);
    m_schemaToggle->setObjectName(QStringLiteral("graphqlSchemaToggle"));
    m_schemaToggle->setText(tr("Schema"));
    m_schemaToggle->setToolTip(tr("Show or hide the schema browser"));
    m_schemaToggle->setAccessibleName(tr("Show the schema browser"));
    m_schemaToggle->setCheckable(true);
    bar->addWidget(m_schemaToggle);
    layout->addLayout(bar);
    m_schemaStatus = new QLabel(this);
    m_schemaStatus->setObjectName(QStringLiteral("graphqlSchemaStatus"));
    m_schemaStatus->setTextFormat(Qt::PlainText);
    m_schemaStatus->setWordWrap(true);
    m_schemaStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaStatus->hide();
    layout->addWidget(m_schemaStatus);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("graphqlSchemaSplitter"));
    sides->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, sides);
    auto *query = new CodeEditor(split);
    query->setSyntax(SyntaxLanguage::GraphQL);
    m_query = query;
    m_query->setObjectName(QStringLiteral("graphqlQueryEdit"));
    m_query->setAccessibleName(tr("GraphQL query"));
    m_query->setFont(display::fixedFont());
    m_query->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_query->setPlaceholderText(tr("query { ... }; {{variables}} are filled in when sent"));
    auto *variablesPane = new QWidget(split);
    auto *variablesLayout = new QVBoxLayout(variablesPane);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    m_variablesStatus = new QLabel(variablesPane);
    m_variablesStatus->setObjectName(QStringLiteral("graphqlVariablesStatus"));
    m_variablesStatus->setTextFormat(Qt::PlainText);
    auto *variables = new CodeEditor(variablesPane);
    variables->setSyntax(SyntaxLanguage::Json);
    m_variables = variables;
    m_variables->setObjectName(QStringLiteral("graphqlVariablesEdit"));
    m_variables->setAccessibleName(tr("GraphQL variables"));
    m_variables->setFont(display::fixedFont());
    m_variables->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_variables->setPlaceholderText(tr("Variables: a JSON object, e.g. {\"id\": \"{{bookId}}\"}"));
    variablesLayout->addWidget(new QLabel(tr("Variables"), variablesPane));
    variablesLayout->addWidget(m_variables, 1);
    variablesLayout->addWidget(m_variablesStatus);
    split->addWidget(m_query);
    split->addWidget(variablesPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_browser = new SchemaBrowser(sides);
    m_browser->hide();
    sides->addWidget(split);
    sides->addWidget(m_browser);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    layout->addWidget(sides, 1);

    m_candidates = new QStringListModel(this);
    m_completer = new QCompleter(m_candidates, this);
    m_completer->setObjectName(QStringLiteral("graphqlCompleter"));
    m_completer->setWidget(m_query);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_query->installEventFilter(this);
    // Installed after the completer's own filter, so it runs first: choosing with Return or
    // Tab is done here, and the key never reaches the editor as a line break.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &GraphQLBodyEditor::insertCompletion);

    connect(m_query, &QPlainTextEdit::textChanged, this, &GraphQLBodyEditor::changed);
    connect(m_variables, &QPlainTextEdit::textChanged, this, [this] {
        checkVariables();
        emit changed();
    });
    connect(m_operationName, &QLineEdit::textEdited, this, &GraphQLBodyEditor::changed);
    connect(m_transport, &QComboBox::activated, this, [this] {
        emit transportChosen(GraphQLTransport(m_transport->currentData().toInt()));
        emit changed();
    });
    connect(m_fetchSchema, &QPushButton::clicked, this, &GraphQLBodyEditor::fetchSchemaRequested);
    connect(m_schemaToggle, &QToolButton::toggled, m_browser, &QWidget::setVisible);
    connect(m_browser, &SchemaBrowser::insertRequested, this, &GraphQLBodyEditor::insertField);
    checkVariables();
}

GraphQLBody GraphQLBodyEditor::body() const
{
    GraphQLBody b;
    b.query = m_query->toPlainText();
    b.variables = m_variables->toPlainText();
    b.operationName = m_operationName->text().trimmed();
    b.transport = GraphQLTransport(m_transport->currentData().toInt());
    return b;
}

void GraphQLBodyEditor::setBody(const GraphQLBody &body)
{
    m_query->setPlainText(body.query);
    m_variables->setPlainText(body.variables);
    m_operationName->setText(body.operationName);
    m_transport->setCurrentIndex(m_transport->findData(int(body.transport)));
    checkVariables();
}

void GraphQLBodyEditor::setSchema(const graphql::Schema &schema)
{
    m_schema = schema;
    if (schema.isEmpty())
        m_completer->popup()->hide();
}

void GraphQLBodyEditor::showSchema(const graphql::Schema &schema, const QDateTime &fetchedAt)
{
    setSchema(schema);
    m_browser->setSchema(schema, fetchedAt);
}

void GraphQLBodyEditor::clearSchema()
{
    setSchema(graphql::Schema{});
    m_browser->clear();
}

void GraphQLBodyEditor::setSchemaStatus(const QString &text, SchemaStatus status)
{
    m_schemaStatus->setText(text);
    m_schemaStatus->setVisible(!text.isEmpty());
    m_schemaStatus->setStyleSheet(status == SchemaStatus::Error ? QStringLiteral("color: #d93025;")
                                                                : QString());
    m_fetchSchema->setEnabled(status != SchemaStatus::Busy);
}

QString GraphQLBodyEditor::schemaStatusText() const
{
    return m_schemaStatus->text();
}

void GraphQLBodyEditor::setSchemaBrowserVisible(bool visible)
{
    m_schemaToggle->setChecked(visible); // toggled() shows or hides the browser
}

bool GraphQLBodyEditor::isSchemaBrowserVisible() const
{
    return m_schemaToggle->isChecked();
}

void GraphQLBodyEditor::insertField(const QString &name)
{
    QTextCursor cursor = m_query->textCursor();
    // A name glued to the one before it would make a different name.
    const QString text = m_query->toPlainText();
    const qsizetype at = cursor.position();
    const bool needSpace =
        at > 0 && (text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == u'_');
    cursor.insertText(needSpace ? u' ' + name : name);
    m_query->setTextCursor(cursor);
    m_query->setFocus();
}

void GraphQLBodyEditor::showCompletions()
{
    if (m_schema.isEmpty())
        return;
    const QString text = m_query->toPlainText();
    const graphql::Completion c =
        graphql::complete(m_schema, text, m_query->textCursor().position());
    QStringList texts;
    for (const graphql::CompletionCandidate &candidate : c.candidates)
        texts << candidate.text;
    if (texts.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_candidates->setStringList(texts);
    m_completer->setCompletionPrefix(c.prefix);
    QRect rect = m_query->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void GraphQLBodyEditor::insertCompletion(const QString &text)
{
    QTextCursor cursor = m_query->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        int(m_completer->completionPrefix().size()));
    cursor.insertText(text);
    m_query->setTextCursor(cursor);
}

bool GraphQLBodyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QAbstractItemView *popup = m_completer->popup();
    if (watched == popup) {
        const int k = key->key();
        if (k != Qt::Key_Return && k != Qt::Key_Enter && k != Qt::Key_Tab)
            return QWidget::eventFilter(watched, event);
        QModelIndex chosen = popup->currentIndex();
        if (!chosen.isValid())
            chosen = m_completer->completionModel()->index(0, 0);
        popup->hide();
        if (chosen.isValid())
            insertCompletion(chosen.data().toString());
        return true;
    }
    if (watched != m_query)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
        showCompletions();
        return true;
    }
    // After the editor has taken a name character, offer what fits (as you type).
    const QString typed = key->text();
    const bool nameChar =
        typed.size() == 1 && (typed.at(0).isLetterOrNumber() || typed.at(0) == u'_');
    const bool opens = typed == QLatin1String("{") || typed == QLatin1String("(")
                       || typed == QLatin1String("$") || typed == QLatin1String("@");
    if (nameChar || opens) {
        QMetaObject::invokeMethod(this, &GraphQLBodyEditor::showCompletions, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void GraphQLBodyEditor::checkVariables()
{
    // The variables are small: checked on the UI thread, with the builder's own rule. A
    // {{variable}} inside a string is valid JSON; one in a number position is reported here
    // and resolved when sent.
    const QString text = m_variables->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_variablesStatus->clear();
        return;
    }
    const auto problem = graphql::variablesError(text);
    m_variablesStatus->setText(problem ? *problem : tr("Valid JSON object"));
    m_variablesStatus->setStyleSheet(problem ? QStringLiteral("color: #d93025;")
                                             : QStringLiteral("color: #188038;"));
}

} // namespace wirescope
