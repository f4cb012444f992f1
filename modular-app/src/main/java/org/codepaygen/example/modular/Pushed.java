package org.codepaygen.example.modular;

/** The gateway's answer to a pushed order. */
@org.codepaygen.annotations.CodePayModel
public interface Pushed {
  String transNo();
}
