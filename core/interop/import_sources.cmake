# Importers: list sources in WIRESCOPE_INTEROP_IMPORT_SOURCES (foo.cpp foo.h pairs).
list(APPEND WIRESCOPE_INTEROP_IMPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/bruparser.cpp ${CMAKE_CURRENT_LIST_DIR}/bruparser.h
    ${CMAKE_CURRENT_LIST_DIR}/brunoblocks.cpp ${CMAKE_CURRENT_LIST_DIR}/brunoblocks.h
    ${CMAKE_CURRENT_LIST_DIR}/brunoimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/brunoimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/curlparser.cpp ${CMAKE_CURRENT_LIST_DIR}/curlparser.h
    ${CMAKE_CURRENT_LIST_DIR}/documentreader.cpp ${CMAKE_CURRENT_LIST_DIR}/documentreader.h
    ${CMAKE_CURRENT_LIST_DIR}/formatdetect.cpp ${CMAKE_CURRENT_LIST_DIR}/formatdetect.h
    ${CMAKE_CURRENT_LIST_DIR}/harimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/harimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/httpfileimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/httpfileimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importer.h
    ${CMAKE_CURRENT_LIST_DIR}/importfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/importfiles.h
    ${CMAKE_CURRENT_LIST_DIR}/importhelpers.cpp ${CMAKE_CURRENT_LIST_DIR}/importhelpers.h
    ${CMAKE_CURRENT_LIST_DIR}/importvariables.cpp ${CMAKE_CURRENT_LIST_DIR}/importvariables.h
    ${CMAKE_CURRENT_LIST_DIR}/importreport.cpp ${CMAKE_CURRENT_LIST_DIR}/importreport.h
    ${CMAKE_CURRENT_LIST_DIR}/insomniaimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/insomniaimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/insomniav5converter.cpp ${CMAKE_CURRENT_LIST_DIR}/insomniav5converter.h
    ${CMAKE_CURRENT_LIST_DIR}/openapibundler.cpp ${CMAKE_CURRENT_LIST_DIR}/openapibundler.h
    ${CMAKE_CURRENT_LIST_DIR}/openapiimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/openapiimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/openapischema.cpp ${CMAKE_CURRENT_LIST_DIR}/openapischema.h
    ${CMAKE_CURRENT_LIST_DIR}/postmanimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/postmanimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/swaggerconverter.cpp ${CMAKE_CURRENT_LIST_DIR}/swaggerconverter.h
    ${CMAKE_CURRENT_LIST_DIR}/shellwords.cpp ${CMAKE_CURRENT_LIST_DIR}/shellwords.h
)
