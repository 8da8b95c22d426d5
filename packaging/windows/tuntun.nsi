; Tuntun's Windows installer (NSIS 3; `makensis` from Debian's nsis builds it on Linux).
; Built by scripts/windows.sh, which passes VERSION, SRCDIR (a folder holding tuntun.exe,
; tuntun-cli.exe, tuntun.ico, README.txt, LICENSE.txt) and OUTFILE.
;
; - Per machine, into Program Files, with a Start-menu entry and an uninstaller (also in
;   "Apps & features"). Needs administrator rights (UAC asks once).
; - Silent: `tuntun-<version>-setup.exe /S` (add `/D=C:\Path` to choose the folder; it must
;   be last). `/KIOSK` chooses the shared-office-laptop option below.
; - "Laptop kantor bersama (kiosk)", off unless chosen: progress in C:\ProgramData\Tuntun\data,
;   which every user of the laptop may write, and Tuntun starts full screen in kiosk mode
;   when anyone signs in (closing needs the mentor's PIN).
; - Uninstalling removes the program and its shortcuts, never progress: each user's
;   %APPDATA%\Tuntun and C:\ProgramData\Tuntun stay.

Unicode true
; Tuntun is a 64-bit program: a 64-bit installer (it also runs where Wine has no 32-bit support).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined (use scripts/windows.sh)"
!endif
!ifndef SRCDIR
  !error "SRCDIR is not defined (use scripts/windows.sh)"
!endif
!ifndef OUTFILE
  !define OUTFILE "tuntun-${VERSION}-setup.exe"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tuntun"
; With SetShellVarContext all (in every section below), $APPDATA is C:\ProgramData.
!define SHARED_DATA "$APPDATA\Tuntun\data"
!define KIOSK_ARGS '--kiosk --data-dir "${SHARED_DATA}"'

Name "Tuntun"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Tuntun"
RequestExecutionLevel admin
BrandingText "Tuntun ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${SRCDIR}\tuntun.ico"
!define MUI_UNICON "${SRCDIR}\tuntun.ico"
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString SecMainName ${LANG_INDONESIAN} "Tuntun"
LangString SecMainName ${LANG_ENGLISH} "Tuntun"
LangString SecKioskName ${LANG_INDONESIAN} "Laptop kantor bersama (kiosk)"
LangString SecKioskName ${LANG_ENGLISH} "Shared office laptop (kiosk)"

Section "!$(SecMainName)" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\tuntun.exe"
  File "${SRCDIR}\tuntun-cli.exe"
  File "${SRCDIR}\tuntun.ico"
  File "${SRCDIR}\README.txt"
  File "${SRCDIR}\LICENSE.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Tuntun"
  CreateShortcut "$SMPROGRAMS\Tuntun\Tuntun.lnk" "$INSTDIR\tuntun.exe" "" "$INSTDIR\tuntun.ico"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Tuntun"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Tuntun"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\tuntun.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecKioskName)" SecKiosk
  SetShellVarContext all
  CreateDirectory "${SHARED_DATA}"
  ; Every user of this laptop (BUILTIN\Users) may change files there; new files inherit it.
  nsExec::ExecToLog 'icacls "$APPDATA\Tuntun" /grant *S-1-5-32-545:(OI)(CI)M /T /Q'
  Pop $0
  ; Start at every sign-in, full screen; the Start-menu entry uses the same shared folder.
  CreateShortcut "$SMSTARTUP\Tuntun (kiosk).lnk" "$INSTDIR\tuntun.exe" '${KIOSK_ARGS}' "$INSTDIR\tuntun.ico"
  CreateShortcut "$SMPROGRAMS\Tuntun\Tuntun.lnk" "$INSTDIR\tuntun.exe" '${KIOSK_ARGS}' "$INSTDIR\tuntun.ico"
  WriteRegStr HKLM "Software\Tuntun" "SharedDataDir" "${SHARED_DATA}"
SectionEnd

Function .onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/KIOSK" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecKiosk} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Function un.onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$INSTDIR\tuntun.exe"
  Delete "$INSTDIR\tuntun-cli.exe"
  Delete "$INSTDIR\tuntun.ico"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMSTARTUP\Tuntun (kiosk).lnk"
  Delete "$SMPROGRAMS\Tuntun\Tuntun.lnk"
  RMDir "$SMPROGRAMS\Tuntun"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\Tuntun"
  ; Progress stays: %APPDATA%\Tuntun of every user and C:\ProgramData\Tuntun are not touched.
SectionEnd
