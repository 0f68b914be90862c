# Exporters and code generation: list sources in WIRESCOPE_INTEROP_EXPORT_SOURCES.
list(APPEND WIRESCOPE_INTEROP_EXPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/codegen.cpp ${CMAKE_CURRENT_LIST_DIR}/codegen.h
    ${CMAKE_CURRENT_LIST_DIR}/codegenoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/codegenlanguages.h
    ${CMAKE_CURRENT_LIST_DIR}/codegenrequest.cpp ${CMAKE_CURRENT_LIST_DIR}/codegenrequest.h
    ${CMAKE_CURRENT_LIST_DIR}/codegencurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegenhttpie.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegenpython.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegenfetch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegenaxios.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegennode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codegenqt.cpp
)
list(APPEND WIRESCOPE_INTEROP_EXPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/exportreport.cpp ${CMAKE_CURRENT_LIST_DIR}/exportreport.h
    ${CMAKE_CURRENT_LIST_DIR}/harexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/harexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/insomniaexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/insomniaexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/postmanexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/postmanexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/yamlwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/yamlwriter.h
)
