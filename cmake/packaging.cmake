# Installing Netwerktafel like an application (cmake --install) and packing it
# as a .deb (cpack -G DEB). Included from the top CMakeLists.txt.
#
# The installed app finds its assets in ../share/netwerktafel beside its bin/
# folder (src/core/asset_paths.cpp), so the install prefix is free: /usr in the
# .deb, /usr/local or a folder of one's own with cmake --install --prefix.
include(GNUInstallDirs)

set(NT_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
set(NT_ICON_DIR ${CMAKE_SOURCE_DIR}/assets/icons)

if(NT_BUILD_APP)
  install(TARGETS netwerktafel RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(TARGETS netwerktafel-tuio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The broker of a room of tables (Mosquitto with a generated configuration).
install(PROGRAMS ${CMAKE_SOURCE_DIR}/tools/room-broker.sh DESTINATION ${CMAKE_INSTALL_BINDIR}
        RENAME netwerktafel-room-broker)

# The assets the app reads at run time. web/ is built into the binary and the
# icons go to the icon theme below, so neither is needed here.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/netwerktafel
        PATTERN web EXCLUDE PATTERN icons EXCLUDE)

# Menu entry, MIME type of board files, and the icon in the hicolor theme.
install(FILES ${NT_PACKAGING_DIR}/netwerktafel.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${NT_PACKAGING_DIR}/netwerktafel-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME netwerktafel.xml)
install(FILES ${NT_ICON_DIR}/netwerktafel.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${NT_ICON_DIR}/netwerktafel-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME netwerktafel.png)
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# A plain cmake --install refreshes the desktop's caches, so the menu entry,
# the icon and the double-click on a board work at once. Not when staging
# (DESTDIR, or cpack's own staging folder): the .deb leaves that to dpkg's
# triggers of shared-mime-info, desktop-file-utils and the icon theme.
install(CODE [[
  if("$ENV{DESTDIR}" STREQUAL "" AND NOT CMAKE_INSTALL_PREFIX MATCHES "/_CPack_Packages/")
    foreach(step "update-mime-database;share/mime" "update-desktop-database;share/applications"
                 "gtk-update-icon-cache;-q;-t;share/icons/hicolor")
      list(POP_FRONT step tool)
      list(POP_BACK step dir)
      find_program(NT_CACHE_TOOL_${tool} ${tool})
      if(NT_CACHE_TOOL_${tool})
        execute_process(COMMAND ${NT_CACHE_TOOL_${tool}} ${step} "${CMAKE_INSTALL_PREFIX}/${dir}"
                        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
        message(STATUS "Refreshed ${CMAKE_INSTALL_PREFIX}/${dir} (${tool}: ${rc})")
      endif()
    endforeach()
  endif()
]])

# The .deb: cpack -G DEB in the build folder gives netwerktafel_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME netwerktafel)
set(CPACK_PACKAGE_VENDOR Netwerktafel)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "board for 'build out your network' workshops at a touch table")
# cpack puts the summary above this as the description's first line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Netwerktafel turns a large touch table or a projector into the board of a
workshop in which cultural organisations map their partners: one bubble per
municipality, strengths and weaknesses, partner tokens and sticky notes that
everyone drags around, combinations, a vote and a results report.
Participants can join from their phones over the room's network.")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER Netwerktafel)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# dpkg-shlibdeps (dpkg-dev) reads the libraries the binaries link and names
# their Debian packages: the real runtime dependencies, never a guessed list.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# GLFW opens libXrandr at run time (dlopen, which dpkg-shlibdeps cannot see) to
# find the monitors: full screen on the projector or table needs it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS libxrandr2)
# --export-png on a machine without a screen needs a virtual one.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS xvfb)
# The plenary's machine of a room of tables runs the broker (netwerktafel-room-broker).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS mosquitto)
set(CPACK_STRIP_FILES ON)
include(CPack)

# The menu entry and the MIME type are valid (desktop-file-validate, xmllint,
# update-mime-database): cheap, no build, no display.
if(NT_BUILD_TESTS)
  add_test(NAME package.desktop_valid
           COMMAND ${CMAKE_SOURCE_DIR}/tests/package/check_desktop_entry.sh
                   ${NT_PACKAGING_DIR}/netwerktafel.desktop ${NT_PACKAGING_DIR}/netwerktafel-mime.xml)
  set_tests_properties(package.desktop_valid PROPERTIES LABELS package SKIP_RETURN_CODE 77)
endif()
