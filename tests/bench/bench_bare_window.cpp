// The start-up reference: a bare Qt window with the same kinds of widgets as the workbench
// (QMainWindow + QTreeView + QTabWidget + QPlainTextEdit), built in the same tree and timed
// by the same probe. bench_startup runs it side by side with wirescope.

#include "app/gui/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(new QTreeView(splitter));
    auto *tabs = new QTabWidget(splitter);
    tabs->addTab(new QPlainTextEdit(tabs), QStringLiteral("Request"));
    splitter->addWidget(tabs);
    window.setCentralWidget(splitter);
    window.resize(1200, 820);
    wirescope::FirstPaintProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
